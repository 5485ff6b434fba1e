package io.sosmed.analytics.report;

import io.sosmed.analytics.Window;
import java.util.Arrays;
import java.util.Locale;

/** What an overview report groups published variants by; a variant with several tags counts in each. */
public enum GroupBy {
    CHANNEL, NETWORK, CAMPAIGN, PILLAR, TAG;

    static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return CHANNEL;
        }
        return Arrays.stream(values()).filter(g -> g.name().equals(value.trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> Window.invalid("groupBy", "one of channel, network, campaign, pillar, tag"));
    }
}
