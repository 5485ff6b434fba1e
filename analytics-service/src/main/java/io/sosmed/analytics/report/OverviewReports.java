package io.sosmed.analytics.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.analytics.Window;
import io.sosmed.analytics.campaign.Campaign;
import io.sosmed.analytics.campaign.Campaigns;
import io.sosmed.analytics.channel.Channels;
import io.sosmed.analytics.channel.KnownChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the overview report from the latest metrics of the variants published in the window; the sums are done
 * in SQL ({@link OverviewQueries}), this class names groups and assembles the report.
 */
@ApplicationScoped
public class OverviewReports {

    /** How many posts the top and bottom lists show. */
    static final int RANKED = 5;
    static final String NONE = "(none)";

    private final OverviewQueries queries;
    private final Channels channels;
    private final Campaigns campaigns;
    private final ReportReads reads;

    public OverviewReports(OverviewQueries queries, Channels channels, Campaigns campaigns, ReportReads reads) {
        this.queries = queries;
        this.reads = reads;
        this.channels = channels;
        this.campaigns = campaigns;
    }

    /**
     * The report's reads run at the same time, each in its own transaction: the channels, the grouping query and the
     * follower growth (which needs the channels posted on) here, the tag query (by tag), top and bottom posts and the
     * campaign names on {@link ReportReads}.
     */
    public OverviewReport build(String workspaceId, Window window, GroupBy groupBy) {
        CompletableFuture<Map<String, Totals.Sums>> tagGroups = groupBy == GroupBy.TAG
                ? reads.start(() -> queries.tagGroups(workspaceId, window))
                : null;
        CompletableFuture<List<OverviewReport.PostResult>> top =
                reads.start(() -> queries.ranked(workspaceId, window, true, RANKED));
        CompletableFuture<List<OverviewReport.PostResult>> bottom =
                reads.start(() -> queries.ranked(workspaceId, window, false, RANKED));
        CompletableFuture<Map<String, Campaign>> campaignsById = reads.start(() -> campaigns.inWorkspace(workspaceId));
        // This thread holds its connection only while its own reads run, never while it waits for the pool's.
        Local local = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, KnownChannel> known = channels.inWorkspace(workspaceId).stream()
                    .collect(Collectors.toMap(KnownChannel::channelId, Function.identity()));
            OverviewQueries.Aggregates aggregates = queries.aggregate(workspaceId, window, groupBy);
            return new Local(known, aggregates, followerGrowth(workspaceId, window, known, aggregates.channels()));
        });
        Map<String, KnownChannel> known = local.known();
        OverviewQueries.Aggregates aggregates = local.aggregates();

        Map<String, Campaign> campaignNames = ReportReads.await(campaignsById);
        Map<String, Totals.Sums> sumsByGroup = tagGroups == null ? aggregates.groups() : ReportReads.await(tagGroups);
        List<OverviewReport.Group> groups = sumsByGroup.entrySet().stream()
                .map(e -> new OverviewReport.Group(e.getKey(), label(e.getKey(), groupBy, known, campaignNames),
                        e.getValue().totals()))
                .toList();
        List<OverviewReport.DayVolume> volume = aggregates.days().entrySet().stream()
                .map(e -> {
                    Totals t = e.getValue().totals();
                    return new OverviewReport.DayVolume(e.getKey(), t.posts(), t.engagements(), t.engagementRate());
                }).toList();
        return new OverviewReport(window.from(), window.to(), window.zone().getId(), groupBy,
                aggregates.all().totals(), groups, ReportReads.await(top), ReportReads.await(bottom),
                local.followerGrowth(), volume);
    }

    /** What this thread reads in its own transaction. */
    private record Local(Map<String, KnownChannel> known, OverviewQueries.Aggregates aggregates,
            List<OverviewReport.FollowerGrowth> followerGrowth) {
    }

    /** Known channels and those posted on in the window, in id order, that have follower counts. */
    private List<OverviewReport.FollowerGrowth> followerGrowth(String workspaceId, Window window,
            Map<String, KnownChannel> known, Set<String> postedOn) {
        Set<String> channelIds = new TreeSet<>(known.keySet());
        channelIds.addAll(postedOn);
        return queries.followers(workspaceId, window, List.copyOf(channelIds)).stream()
                .filter(f -> f.followersAtStart() != null || f.followersAtEnd() != null)
                .map(f -> {
                    KnownChannel channel = known.get(f.channelId());
                    Long start = f.followersAtStart();
                    Long end = f.followersAtEnd();
                    return new OverviewReport.FollowerGrowth(f.channelId(), channel == null ? null : channel.network(),
                            start, end, start == null || end == null ? null : end - start);
                })
                .toList();
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
}
