package io.sosmed.analytics.report;

import io.sosmed.analytics.Window;
import io.sosmed.analytics.campaign.Campaign;
import io.sosmed.analytics.campaign.Campaigns;
import io.sosmed.analytics.channel.Channels;
import io.sosmed.analytics.channel.KnownChannel;
import io.sosmed.analytics.metrics.MetricSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the overview report from the latest metrics of the variants published in the window. */
@ApplicationScoped
public class OverviewReports {

    /** How many posts the top and bottom lists show. */
    static final int RANKED = 5;
    static final String NONE = "(none)";

    private final PublishedVariants variants;
    private final Channels channels;
    private final Campaigns campaigns;
    private final MetricSeries series;

    public OverviewReports(PublishedVariants variants, Channels channels, Campaigns campaigns, MetricSeries series) {
        this.variants = variants;
        this.channels = channels;
        this.campaigns = campaigns;
        this.series = series;
    }

    @Transactional
    public OverviewReport build(String workspaceId, Window window, GroupBy groupBy) {
        List<PublishedVariant> published = variants.in(workspaceId, window, null);
        Map<String, KnownChannel> known = channels.inWorkspace(workspaceId).stream()
                .collect(Collectors.toMap(KnownChannel::channelId, Function.identity()));
        Map<String, Campaign> campaignsById = campaigns.inWorkspace(workspaceId);

        Totals.Accumulator all = new Totals.Accumulator();
        Map<String, Totals.Accumulator> groups = new TreeMap<>();
        Map<LocalDate, Totals.Accumulator> days = new TreeMap<>();
        for (PublishedVariant variant : published) {
            all.add(variant);
            for (String key : keys(variant, groupBy)) {
                groups.computeIfAbsent(key, k -> new Totals.Accumulator()).add(variant);
            }
            days.computeIfAbsent(variant.publishedAt().atZone(window.zone()).toLocalDate(),
                    d -> new Totals.Accumulator()).add(variant);
        }
        List<OverviewReport.Group> groupList = groups.entrySet().stream()
                .map(e -> new OverviewReport.Group(e.getKey(), label(e.getKey(), groupBy, known, campaignsById),
                        e.getValue().totals()))
                .toList();
        List<OverviewReport.PostResult> ranked = published.stream()
                .filter(v -> v.engagementRate() != null)
                .sorted(Comparator.comparingDouble(PublishedVariant::engagementRate).reversed()
                        .thenComparing(PublishedVariant::publishedAt))
                .map(v -> new OverviewReport.PostResult(v.postId(), v.channelId(), v.network(), v.title(),
                        v.publishedAt(), v.engagements(), v.impressions(), v.engagementRate()))
                .toList();
        List<OverviewReport.PostResult> bottom = new ArrayList<>(ranked.subList(Math.max(0, ranked.size() - RANKED), ranked.size()));
        java.util.Collections.reverse(bottom);
        List<OverviewReport.DayVolume> volume = days.entrySet().stream()
                .map(e -> {
                    Totals t = e.getValue().totals();
                    return new OverviewReport.DayVolume(e.getKey(), t.posts(), t.engagements(), t.engagementRate());
                }).toList();
        return new OverviewReport(window.from(), window.to(), window.zone().getId(), groupBy, all.totals(), groupList,
                ranked.subList(0, Math.min(RANKED, ranked.size())), bottom,
                followerGrowth(workspaceId, window, known, published), volume);
    }

    private List<OverviewReport.FollowerGrowth> followerGrowth(String workspaceId, Window window,
            Map<String, KnownChannel> known, List<PublishedVariant> published) {
        Set<String> channelIds = new LinkedHashSet<>(known.keySet());
        published.forEach(v -> channelIds.add(v.channelId()));
        List<OverviewReport.FollowerGrowth> growth = new ArrayList<>();
        for (String channelId : channelIds.stream().sorted().toList()) {
            Long start = series.followersAt(workspaceId, channelId, window.from());
            Long end = series.followersAt(workspaceId, channelId, window.to().minusNanos(1));
            if (start == null && end == null) {
                continue;
            }
            KnownChannel channel = known.get(channelId);
            growth.add(new OverviewReport.FollowerGrowth(channelId, channel == null ? null : channel.network(), start,
                    end, start == null || end == null ? null : end - start));
        }
        return growth;
    }

    private static List<String> keys(PublishedVariant variant, GroupBy groupBy) {
        return switch (groupBy) {
            case CHANNEL -> List.of(variant.channelId());
            case NETWORK -> List.of(orNone(variant.network()));
            case CAMPAIGN -> List.of(orNone(variant.campaignId()));
            case PILLAR -> List.of(orNone(variant.pillar()));
            case TAG -> variant.tags().isEmpty() ? List.of(NONE) : variant.tags();
        };
    }

    private static String label(String key, GroupBy groupBy, Map<String, KnownChannel> channels,
            Map<String, Campaign> campaigns) {
        if (groupBy == GroupBy.CHANNEL && channels.containsKey(key)) {
            KnownChannel channel = channels.get(key);
            return channel.displayName() != null ? channel.displayName() : channel.handle();
        }
        if (groupBy == GroupBy.CAMPAIGN && campaigns.containsKey(key)) {
            return campaigns.get(key).name();
        }
        return key;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
