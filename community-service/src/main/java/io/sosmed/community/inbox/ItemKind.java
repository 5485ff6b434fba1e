package io.sosmed.community.inbox;

import java.util.Arrays;
import java.util.Optional;

/** What an inbox item is on its network. */
public enum ItemKind {
    COMMENT, MENTION, DM, REVIEW;

    public static Optional<ItemKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}
