package io.sosmed.content.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns a post import CSV may have; header names are matched case-insensitively. */
public enum ImportColumn {
    CHANNEL("channel", true),
    TEXT("text", true),
    MEDIA("media", false),
    SCHEDULED_TIME("scheduled_time", false),
    ZONE("zone", false),
    TITLE("title", false),
    PILLAR("pillar", false),
    TAGS("tags", false),
    CAMPAIGN("campaign", false);

    /** Separates several media ids or tags in one cell. */
    static final String LIST_SEPARATOR = "|";

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    static Optional<ImportColumn> byHeader(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(wanted)).findFirst();
    }
}
