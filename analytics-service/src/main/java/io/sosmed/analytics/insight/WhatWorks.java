package io.sosmed.analytics.insight;

import io.sosmed.analytics.Window;
import io.sosmed.analytics.channel.Channels;
import io.sosmed.analytics.channel.KnownChannel;
import io.sosmed.analytics.metrics.Network;
import io.sosmed.analytics.report.PublishedVariant;
import io.sosmed.analytics.report.PublishedVariants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the measured posts of a window into observations and fits {@link WhatWorksModel}. */
@ApplicationScoped
public class WhatWorks {

    /** Networks that only carry video. */
    static final Set<String> VIDEO_NETWORKS = Set.of("YOUTUBE", "TIKTOK");

    private final PublishedVariants variants;
    private final Channels channels;

    public WhatWorks(PublishedVariants variants, Channels channels) {
        this.variants = variants;
        this.channels = channels;
    }

    @Transactional
    public WhatWorksReport analyse(String workspaceId, Window window, String network) {
        String normalised = network == null || network.isBlank() ? null : network.trim().toUpperCase(Locale.ROOT);
        if (normalised != null && Arrays.stream(Network.values()).noneMatch(n -> n.name().equals(normalised))) {
            throw Window.invalid("network", "one of " + Arrays.toString(Network.values()));
        }
        Map<String, ZoneId> zones = channels.inWorkspace(workspaceId).stream()
                .collect(Collectors.toMap(KnownChannel::channelId, KnownChannel::zoneId, (a, b) -> a));
        List<Observation> observations = variants.in(workspaceId, window, normalised).stream()
                .filter(v -> v.engagementRate() != null && v.rateDenominator() != null)
                .map(v -> observation(v, zones.getOrDefault(v.channelId(), ZoneOffset.UTC)))
                .toList();
        WhatWorksModel.Fit fit = WhatWorksModel.fit(observations);
        return new WhatWorksReport(window.from(), window.to(), normalised, fit.n(), fit.enoughData(), fit.message(),
                fit.rSquared(), fit.effects(), WhatWorksModel.findings(fit, normalised));
    }

    private static Observation observation(PublishedVariant v, ZoneId zone) {
        ZonedDateTime local = v.publishedAt().atZone(zone);
        String media = VIDEO_NETWORKS.contains(v.network()) ? "VIDEO" : v.mediaType() == null ? "TEXT" : v.mediaType();
        return new Observation(v.network(), local.getHour(), local.getDayOfWeek().getValue(),
                TextFeatures.length(v.text()), TextFeatures.emojiCount(v.text()), TextFeatures.hashtagCount(v.text()),
                media, v.link() != null && !v.link().isBlank(), v.pillar(), v.engagements(), v.rateDenominator());
    }

}
