package io.sosmed.content.guardrail;

import io.sosmed.content.network.Network;
import java.util.List;

/** What guardrails look at in one variant: its network (null when unknown), texts, link and the post's tags. */
public record GuardedVariant(Network network, String text, String firstComment, String link, List<String> tags) {

    public GuardedVariant {
        text = text == null ? "" : text;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
