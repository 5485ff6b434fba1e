package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonValue;

/** A limit a channel may set for itself, passed per call in {@code options}. */
public enum LimitOption {
    /** The instance's character limit (Mastodon servers choose their own; 500 by default). */
    MAX_CHARACTERS("maxCharacters"),
    /** How many hashtags the channel allows (Instagram: 30 by default). */
    MAX_HASHTAGS("maxHashtags");

    private final String jsonName;

    LimitOption(String jsonName) {
        this.jsonName = jsonName;
    }

    @JsonValue
    public String jsonName() {
        return jsonName;
    }
}
