package io.sosmed.schedule.queue;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.scheduling.ScheduleMode;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import io.sosmed.schedule.scheduling.QueuedPublications;
import io.sosmed.schedule.timing.QueueSlot;
import io.sosmed.schedule.timing.WallClockResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;

/**
 * Queues: weekly slots per channel, and the order of the posts waiting in them. Reordering and shuffling keep the set of
 * slot instants the queued posts hold and hand them out in the new order.
 */
@ApplicationScoped
public class QueueService {

    static final int MAX_SLOTS = 168;

    private final ChannelQueueRepository queues;
    private final ChannelDirectory channels;
    private final QueuedPublications queued;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public QueueService(ChannelQueueRepository queues, ChannelDirectory channels, QueuedPublications queued, Clock clock) {
        this.queues = queues;
        this.channels = channels;
        this.queued = queued;
        this.clock = clock;
    }

    @Transactional
    public QueueResponse replace(String workspaceId, String channelId, QueueRequest request, String actor) {
        ChannelSummary channel = channel(workspaceId, channelId);
        if (request == null || request.slots() == null) {
            throw invalid("slots", "required: a list of {day, time}, may be empty");
        }
        if (request.slots().size() > MAX_SLOTS) {
            throw invalid("slots", "at most " + MAX_SLOTS + " slots");
        }
        Set<QueueSlot> slots = new TreeSet<>();
        for (int i = 0; i < request.slots().size(); i++) {
            QueueRequest.Slot slot = request.slots().get(i);
            if (slot == null || slot.day() == null || slot.time() == null) {
                throw invalid("slots[" + i + "]", "needs day (MONDAY..SUNDAY) and time (HH:mm)");
            }
            slots.add(new QueueSlot(slot.day(), slot.time().withSecond(0).withNano(0)));
        }
        ZoneId zone = request.zone() == null ? ZoneId.of(channel.zone()) : WallClockResolver.zone(request.zone());
        ChannelQueue queue = queues.of(workspaceId, channelId).orElseGet(() -> {
            ChannelQueue created = new ChannelQueue();
            created.workspaceId = workspaceId;
            created.channelId = channelId;
            return created;
        });
        queue.zone = zone.getId();
        queue.slots = new ArrayList<>(slots);
        queue.updatedAt = clock.instant();
        queue.updatedBy = actor;
        queues.persist(queue);
        return response(queue, queued.pending(workspaceId, channelId, ScheduleMode.QUEUE));
    }

    @Transactional
    public QueueResponse get(String workspaceId, String channelId) {
        ChannelSummary channel = channel(workspaceId, channelId);
        ChannelQueue queue = queues.of(workspaceId, channelId).orElseGet(() -> {
            ChannelQueue empty = new ChannelQueue();
            empty.channelId = channelId;
            empty.zone = channel.zone();
            return empty;
        });
        return response(queue, queued.pending(workspaceId, channelId, ScheduleMode.QUEUE));
    }

    @Transactional
    public QueueResponse reorder(String workspaceId, String channelId, ReorderRequest request, String actor) {
        channel(workspaceId, channelId);
        List<ScheduledPublication> waiting = queued.lockPending(workspaceId, channelId, ScheduleMode.QUEUE);
        List<UUID> order = request == null || request.publicationIds() == null ? List.of() : request.publicationIds();
        Set<UUID> expected = new HashSet<>(waiting.stream().map(p -> p.id).toList());
        if (order.size() != expected.size() || !expected.equals(new HashSet<>(order))) {
            throw new ProblemException(422, "queue-order-mismatch", "Order does not match the queue",
                    "Give every publication queued on this channel exactly once (" + expected.size() + " queued)",
                    List.of(new Problem.FieldError("publicationIds", "must list exactly the queued publications: " + expected)));
        }
        List<ScheduledPublication> reordered = new ArrayList<>();
        for (UUID id : order) {
            reordered.add(waiting.stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow());
        }
        queued.assignInOrder(reordered, actor);
        return get(workspaceId, channelId);
    }

    @Transactional
    public QueueResponse shuffle(String workspaceId, String channelId, String actor) {
        channel(workspaceId, channelId);
        List<ScheduledPublication> waiting = new ArrayList<>(queued.lockPending(workspaceId, channelId, ScheduleMode.QUEUE));
        Collections.shuffle(waiting, random);
        queued.assignInOrder(waiting, actor);
        return get(workspaceId, channelId);
    }

    private QueueResponse response(ChannelQueue queue, List<ScheduledPublication> waiting) {
        ZoneId zone = ZoneId.of(queue.zone);
        Instant now = clock.instant();
        return new QueueResponse(queue.channelId, queue.zone,
                queue.slots.stream().map(s -> new QueueRequest.Slot(s.day(), s.time())).toList(),
                waiting.stream().filter(p -> !p.scheduledAt.isBefore(now.minusSeconds(3600)))
                        .map(p -> new QueueResponse.Queued(p.id, p.scheduleId, p.postId, p.scheduledAt,
                                LocalDateTime.ofInstant(p.scheduledAt, zone)))
                        .toList());
    }

    private ChannelSummary channel(String workspaceId, String channelId) {
        return channels.find(workspaceId, channelId).orElseThrow(() -> ProblemException.notFound("Channel", channelId));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
