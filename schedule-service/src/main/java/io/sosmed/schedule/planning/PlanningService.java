package io.sosmed.schedule.planning;

import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.queue.ChannelQueue;
import io.sosmed.schedule.queue.ChannelQueueRepository;
import io.sosmed.schedule.timing.QueueSlots;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The planning reports: content mix against the target, and weekly capacity per channel. */
@ApplicationScoped
public class PlanningService {

    private final PlanningQuery query;
    private final WorkspacePillarsProjection targets;
    private final ChannelDirectory channels;
    private final ChannelQueueRepository queues;
    private final PlanningConfig config;

    public PlanningService(PlanningQuery query, WorkspacePillarsProjection targets, ChannelDirectory channels,
            ChannelQueueRepository queues, PlanningConfig config) {
        this.query = query;
        this.targets = targets;
        this.channels = channels;
        this.queues = queues;
        this.config = config;
    }

    /** Variants planned on days {@code from} .. {@code to} (inclusive, in {@code zone}), per pillar against the target. */
    @Transactional
    public PillarMixReport mix(String workspaceId, LocalDate from, LocalDate to, ZoneId zone, String channelId) {
        if (channelId != null) {
            channel(workspaceId, channelId);
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Optional<WorkspacePillars> set = targets.of(workspaceId);
        MixCalculator.Result result = MixCalculator.shares(set.map(s -> s.pillars).orElse(List.of()),
                query.variantsPerPillar(workspaceId, start, end, channelId));
        return new PillarMixReport(from, to, zone.getId(), channelId, result.total(), set.map(s -> s.version).orElse(null),
                result.pillars(), result.unassigned());
    }

    /** The ISO week holding {@code weekOf}, for one channel or every channel that is not disconnected. */
    @Transactional
    public CapacityReport capacity(String workspaceId, LocalDate weekOf, String channelId) {
        List<ChannelSummary> scope = channelId != null ? List.of(channel(workspaceId, channelId))
                : channels.list(workspaceId).stream().filter(c -> c.status() != ChannelStatus.DISCONNECTED)
                        .sorted(Comparator.comparing(ChannelSummary::channelId)).toList();
        LocalDate monday = CapacityCalculator.monday(weekOf);
        int threshold = config.capacityWarningPercent();
        List<ChannelCapacity> rows = scope.stream().map(c -> week(workspaceId, c, monday, threshold)).toList();
        return new CapacityReport(weekOf, monday, threshold, rows, CapacityCalculator.totals(rows, threshold));
    }

    private ChannelCapacity week(String workspaceId, ChannelSummary channel, LocalDate monday, int threshold) {
        Optional<ChannelQueue> queue = queues.of(workspaceId, channel.channelId());
        ZoneId zone = ZoneId.of(queue.map(q -> q.zone).orElse(channel.zone() == null ? "UTC" : channel.zone()));
        Instant[] week = CapacityCalculator.week(monday, zone);
        int slots = CapacityCalculator.slots(queue.map(q -> new QueueSlots(zone, q.slots)).orElse(null), week[0], week[1]);
        long planned = query.plannedOn(workspaceId, channel.channelId(), week[0], week[1]);
        return CapacityCalculator.capacity(new CapacityCalculator.ChannelRef(channel.channelId(),
                channel.network() == null ? null : channel.network().name(), channel.handle()), zone, week[0], week[1],
                slots, planned, threshold);
    }

    private ChannelSummary channel(String workspaceId, String channelId) {
        return channels.find(workspaceId, channelId).orElseThrow(() -> ProblemException.notFound("Channel", channelId));
    }
}
