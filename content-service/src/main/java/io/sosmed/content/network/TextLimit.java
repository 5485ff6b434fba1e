package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A maximum length in one counting unit; {@code option}, when set, lets a call or channel change it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TextLimit(TextCounting counting, int max, LimitOption option) {

    public static TextLimit of(TextCounting counting, int max) {
        return new TextLimit(counting, max, null);
    }

    public TextLimit configurableBy(LimitOption limitOption) {
        return new TextLimit(counting, max, limitOption);
    }

    /** The limit in force for a draft: the option's value when given, else the network's default. */
    public int effectiveMax(DraftOptions options) {
        Integer override = option == null ? null : options.valueOf(option);
        return override == null ? max : override;
    }
}
