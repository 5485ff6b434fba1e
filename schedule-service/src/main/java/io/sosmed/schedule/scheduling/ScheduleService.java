package io.sosmed.schedule.scheduling;

import io.quarkus.logging.Log;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.post.PostWithdrawn;
import io.sosmed.schedule.post.SchedulablePost;
import io.sosmed.schedule.post.SchedulablePostRepository;
import io.sosmed.schedule.timing.ChannelPublications;
import io.sosmed.schedule.timing.Recurrence;
import io.sosmed.schedule.timing.RecurrencePlan;
import io.sosmed.schedule.timing.ResolvedTime;
import io.sosmed.schedule.timing.TimeInPast;
import io.sosmed.schedule.timing.TimingNote;
import io.sosmed.schedule.timing.WallClockPolicy;
import io.sosmed.schedule.timing.WallClockResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates, reschedules, shifts and unschedules schedules, turning each into publications (one per channel and instant).
 * Mutations lock the pending publications they touch ({@code FOR UPDATE}), so they never race the publishing engine,
 * which skips locked rows and only ever claims SCHEDULED ones.
 */
@ApplicationScoped
public class ScheduleService {

    private final ScheduleRepository schedules;
    private final PublicationRepository publications;
    private final SchedulablePostRepository posts;
    private final ChannelDirectory channels;
    private final PublicationTimes times;
    private final WallClockResolver resolver;
    private final ScheduleEvents events;

    public ScheduleService(ScheduleRepository schedules, PublicationRepository publications, SchedulablePostRepository posts,
            ChannelDirectory channels, PublicationTimes times, WallClockResolver resolver, ScheduleEvents events) {
        this.schedules = schedules;
        this.publications = publications;
        this.posts = posts;
        this.channels = channels;
        this.times = times;
        this.resolver = resolver;
        this.events = events;
    }

    @Transactional
    public ScheduleResponse create(String workspaceId, ScheduleRequest request, String actor) {
        if (request.postId() == null) {
            throw SchedulingProblems.invalid("postId", "required");
        }
        if (request.mode() == null) {
            throw SchedulingProblems.invalid("mode", "required: one of AT, QUEUE, BEST_TIME, NOW");
        }
        validateModeFields(request);
        SchedulablePost post = posts.findInWorkspace(workspaceId, request.postId())
                .orElseThrow(() -> ProblemException.notFound("Post", request.postId().toString()));
        if (post.isDeleted()) {
            throw SchedulingProblems.postDeleted(post.postId);
        }
        if (!post.isSchedulable()) {
            throw SchedulingProblems.postNotApproved(post.postId, post.status);
        }
        List<ChannelSummary> targets = targets(workspaceId, post, request.channelIds());
        ZoneId zone = request.zone() == null ? ZoneId.of(targets.get(0).zone()) : WallClockResolver.zone(request.zone());
        WallClockPolicy policy = WallClockPolicy.of(request.dstGap(), request.dstOverlap());

        Instant now = resolver.clock().instant();
        PublicationTimes.Plan plan = switch (request.mode()) {
            case AT -> atTimes(post, targets, request, zone, policy);
            case NOW -> PublicationTimes.Plan.same(targets, List.of(now));
            case QUEUE -> times.fromQueues(targets, now);
            case BEST_TIME -> times.fromBestTimes(targets, now);
        };

        Schedule schedule = new Schedule();
        schedule.id = UUID.randomUUID();
        schedule.workspaceId = workspaceId;
        schedule.postId = post.postId;
        schedule.mode = request.mode();
        schedule.zone = zone.getId();
        schedule.requestedLocal = request.at();
        schedule.dstGap = policy.gap();
        schedule.dstOverlap = policy.overlap();
        schedule.recurrence = plan.rule();
        schedule.maxOccurrences = request.maxOccurrences();
        schedule.minimumGap = request.minimumGap() == null ? null : request.minimumGap().toString();
        schedule.status = Schedule.Status.ACTIVE;
        schedule.postVersion = post.version;
        schedule.createdBy = actor;
        schedule.createdAt = now;
        schedule.updatedAt = now;
        schedules.persist(schedule);

        List<ScheduledPublication> created = persistPublications(schedule, targets, plan.instants(), now);
        events.scheduled(schedule, first(created), channelIds(created));
        Log.infof("Scheduled post %s in workspace %s (schedule %s, %d publications, mode %s)", post.postId, workspaceId,
                schedule.id, created.size(), schedule.mode);
        return ScheduleResponse.of(schedule, created, plan.notes());
    }

    @Transactional
    public ScheduleResponse get(String workspaceId, UUID id) {
        Schedule schedule = find(workspaceId, id);
        return ScheduleResponse.of(schedule, publications.ofSchedule(id), List.of());
    }

    @Transactional
    public SchedulePage list(String workspaceId, UUID postId, String cursor, int limit) {
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        List<Schedule> found = schedules.page(workspaceId, postId, after, limit + 1);
        List<Schedule> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new SchedulePage(page.stream().map(s -> ScheduleResponse.of(s, publications.ofSchedule(s.id), List.of())).toList(), next);
    }

    /** Moves the publications not yet attempted to a new wall-clock time (a recurrence is expanded again from it). */
    @Transactional
    public ScheduleResponse reschedule(String workspaceId, UUID id, RescheduleRequest request, String actor) {
        if (request == null || request.at() == null) {
            throw SchedulingProblems.invalid("at", "required");
        }
        Schedule schedule = find(workspaceId, id);
        List<ScheduledPublication> pending = lockPending(schedule);
        if (schedule.status != Schedule.Status.ACTIVE || pending.isEmpty()) {
            throw SchedulingProblems.nothingPending(id);
        }
        ZoneId zone = request.zone() == null ? ZoneId.of(schedule.zone) : WallClockResolver.zone(request.zone());
        WallClockPolicy policy = WallClockPolicy.of(request.dstGap(), request.dstOverlap());
        SchedulablePost post = posts.findInWorkspace(workspaceId, schedule.postId).orElseThrow();
        List<ChannelSummary> targets = new ArrayList<>();
        for (String channelId : new LinkedHashSet<>(channelIds(pending))) {
            targets.add(channels.find(workspaceId, channelId).orElseThrow(() -> SchedulingProblems.channels(
                    List.of(new Problem.FieldError("channelIds", channelId + " is no longer connected")))));
        }
        Instant previous = first(pending);
        Instant now = resolver.clock().instant();
        for (ScheduledPublication p : pending) {
            p.status = PublicationStatus.UNSCHEDULED;
            p.updatedAt = now;
        }
        publications.flush();
        ScheduleRequest asRequest = new ScheduleRequest(schedule.postId, ScheduleMode.AT, request.at(), zone.getId(), null,
                schedule.recurrence, schedule.maxOccurrences,
                schedule.minimumGap == null ? null : Duration.parse(schedule.minimumGap), policy.gap(), policy.overlap());
        PublicationTimes.Plan plan = atTimes(post, targets, asRequest, zone, policy);
        schedule.mode = ScheduleMode.AT;
        schedule.zone = zone.getId();
        schedule.requestedLocal = request.at();
        schedule.dstGap = policy.gap();
        schedule.dstOverlap = policy.overlap();
        schedule.updatedAt = now;
        List<ScheduledPublication> created = persistPublications(schedule, targets, plan.instants(), now);
        events.rescheduled(schedule, first(created), previous, channelIds(created));
        List<ScheduledPublication> all = publications.ofSchedule(id).stream()
                .filter(p -> p.status != PublicationStatus.UNSCHEDULED).toList();
        return ScheduleResponse.of(schedule, all, plan.notes());
    }

    /** Stops every publication of the schedule that was not attempted yet. */
    @Transactional
    public void unschedule(String workspaceId, UUID id, String actor) {
        Schedule schedule = find(workspaceId, id);
        List<ScheduledPublication> pending = lockPending(schedule);
        if (schedule.status != Schedule.Status.ACTIVE || pending.isEmpty()) {
            throw SchedulingProblems.nothingPending(id);
        }
        stop(schedule, pending, ScheduleEvents.UnscheduleReason.USER, actor);
    }

    /** Moves every pending publication the filter matches by the same duration; refuses (changing nothing) if one lands in the past. */
    @Transactional
    public ShiftResult shift(String workspaceId, ShiftRequest request, String actor) {
        if (request == null || request.by() == null) {
            throw SchedulingProblems.invalid("by", "required: an ISO-8601 duration such as PT2H or -P1D");
        }
        if (request.by().isZero()) {
            throw SchedulingProblems.invalid("by", "must not be zero");
        }
        ShiftRequest.Filter filter = request.filter() == null ? new ShiftRequest.Filter(null, null, null, null, null) : request.filter();
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw SchedulingProblems.invalid("filter.to", "must be after filter.from");
        }
        List<ScheduledPublication> matched = publications.pendingMatching(workspaceId, filter);
        Instant now = resolver.clock().instant();
        for (ScheduledPublication p : matched) {
            Instant moved = p.scheduledAt.plus(request.by());
            if (moved.isBefore(now.minus(resolver.pastGrace()))) {
                ZoneId utc = ZoneId.of("UTC");
                throw new TimeInPast(new ResolvedTime(LocalDateTime.ofInstant(moved, utc), utc, moved, ZoneOffset.UTC,
                        LocalDateTime.ofInstant(moved, utc), List.of()), now, "by");
            }
        }
        Map<UUID, List<ScheduledPublication>> bySchedule = new LinkedHashMap<>();
        Map<UUID, Instant> previous = new LinkedHashMap<>();
        for (ScheduledPublication p : matched) {
            bySchedule.computeIfAbsent(p.scheduleId, k -> new ArrayList<>()).add(p);
            previous.merge(p.scheduleId, p.scheduledAt, (a, b) -> a.isBefore(b) ? a : b);
            p.scheduledAt = p.scheduledAt.plus(request.by());
            p.dueAt = p.scheduledAt;
            p.updatedAt = now;
        }
        for (Map.Entry<UUID, List<ScheduledPublication>> entry : bySchedule.entrySet()) {
            Schedule schedule = schedules.findById(entry.getKey());
            schedule.updatedAt = now;
            events.rescheduled(schedule, first(entry.getValue()), previous.get(entry.getKey()), channelIds(entry.getValue()));
        }
        Log.infof("Shifted %d publications of %d schedules in workspace %s by %s", matched.size(), bySchedule.size(),
                workspaceId, request.by());
        return new ShiftResult(matched.size(), List.copyOf(bySchedule.keySet()));
    }

    /** An edited or deleted post stops publishing: every active schedule of it is unscheduled with the reason. */
    void onPostWithdrawn(@Observes PostWithdrawn withdrawn) {
        ScheduleEvents.UnscheduleReason reason = ScheduleEvents.UnscheduleReason.valueOf(withdrawn.reason().name());
        for (Schedule schedule : schedules.activeForPost(withdrawn.workspaceId(), withdrawn.postId())) {
            List<ScheduledPublication> pending = lockPending(schedule);
            if (!pending.isEmpty()) {
                stop(schedule, pending, reason, null);
                Log.infof("Unscheduled schedule %s of post %s (%s)", schedule.id, schedule.postId, reason);
            }
        }
    }

    private void stop(Schedule schedule, List<ScheduledPublication> pending, ScheduleEvents.UnscheduleReason reason, String by) {
        Instant now = resolver.clock().instant();
        for (ScheduledPublication p : pending) {
            p.status = PublicationStatus.UNSCHEDULED;
            p.updatedAt = now;
        }
        schedule.status = Schedule.Status.UNSCHEDULED;
        schedule.updatedAt = now;
        events.unscheduled(schedule, reason, by, List.copyOf(new LinkedHashSet<>(channelIds(pending))));
    }

    private void validateModeFields(ScheduleRequest request) {
        if (request.mode() == ScheduleMode.AT) {
            if (request.at() == null) {
                throw SchedulingProblems.invalid("at", "required for mode AT (a wall-clock time such as 2026-12-01T09:00)");
            }
            if (request.zone() == null) {
                throw SchedulingProblems.invalid("zone", "required for mode AT (an IANA zone such as Asia/Jakarta)");
            }
        } else {
            if (request.at() != null) {
                throw SchedulingProblems.invalid("at", "only for mode AT; " + request.mode() + " picks the time itself");
            }
            if (request.recurrence() != null || request.minimumGap() != null || request.maxOccurrences() != null) {
                throw SchedulingProblems.invalid(request.recurrence() != null ? "recurrence"
                        : request.minimumGap() != null ? "minimumGap" : "maxOccurrences", "only for mode AT");
            }
        }
        if (request.recurrence() == null && (request.minimumGap() != null || request.maxOccurrences() != null)) {
            throw SchedulingProblems.invalid(request.minimumGap() != null ? "minimumGap" : "maxOccurrences",
                    "only with a recurrence");
        }
    }

    private PublicationTimes.Plan atTimes(SchedulablePost post, List<ChannelSummary> targets, ScheduleRequest request,
            ZoneId zone, WallClockPolicy policy) {
        if (request.recurrence() == null) {
            ResolvedTime time = resolver.resolve(request.at(), zone, policy);
            return PublicationTimes.Plan.same(targets, List.of(time.instant())).withNotes(time.notes());
        }
        RecurrencePlan plan = Recurrence.parse(request.recurrence(), request.maxOccurrences())
                .expand(request.at(), zone, policy, resolver);
        List<TimingNote> notes = new ArrayList<>(plan.notes());
        plan.occurrences().forEach(o -> notes.addAll(o.notes()));
        Map<String, List<Instant>> instants = new LinkedHashMap<>();
        for (ChannelSummary channel : targets) {
            Instant previous = publications.lastOnChannel(post.postId, channel.channelId(), plan.instants().get(0)).orElse(null);
            ChannelPublications kept = plan.forChannel(previous, request.minimumGap());
            instants.put(channel.channelId(), kept.instants());
            notes.addAll(kept.notes());
        }
        return new PublicationTimes.Plan(instants, notes, plan.rule());
    }

    private List<ChannelSummary> targets(String workspaceId, SchedulablePost post, List<String> requested) {
        List<String> ids = requested == null ? post.channelIds : requested;
        if (ids.isEmpty()) {
            throw SchedulingProblems.invalid("channelIds", requested == null
                    ? "the post has no variant for any channel" : "give at least one channel");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<ChannelSummary> targets = new ArrayList<>();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        for (int i = 0; i < distinct.size(); i++) {
            String channelId = distinct.get(i);
            String field = "channelIds[" + i + "]";
            if (post.variant(channelId).isEmpty()) {
                errors.add(new Problem.FieldError(field, "the post has no variant for channel " + channelId));
                continue;
            }
            var channel = channels.find(workspaceId, channelId);
            if (channel.isEmpty() || channel.get().status() == ChannelStatus.DISCONNECTED) {
                errors.add(new Problem.FieldError(field, "channel " + channelId + " is not connected"));
            } else {
                targets.add(channel.get());
            }
        }
        if (!errors.isEmpty()) {
            throw SchedulingProblems.channels(errors);
        }
        return targets;
    }

    private List<ScheduledPublication> persistPublications(Schedule schedule, List<ChannelSummary> targets,
            Map<String, List<Instant>> instants, Instant now) {
        List<ScheduledPublication> created = new ArrayList<>();
        for (ChannelSummary channel : targets) {
            int occurrence = 0;
            for (Instant at : instants.get(channel.channelId())) {
                occurrence++;
                if (publications.existsActive(schedule.postId, channel.channelId(), at)) {
                    throw SchedulingProblems.alreadyScheduled(channel.channelId(), at);
                }
                ScheduledPublication p = new ScheduledPublication();
                p.id = UUID.randomUUID();
                p.scheduleId = schedule.id;
                p.workspaceId = schedule.workspaceId;
                p.postId = schedule.postId;
                p.channelId = channel.channelId();
                p.network = channel.network();
                p.occurrence = occurrence;
                p.scheduledAt = at;
                p.dueAt = at;
                p.status = PublicationStatus.SCHEDULED;
                p.createdAt = now;
                p.updatedAt = now;
                publications.persist(p);
                created.add(p);
            }
        }
        created.sort(Comparator.comparing((ScheduledPublication p) -> p.scheduledAt).thenComparing(p -> p.channelId));
        return created;
    }

    private List<ScheduledPublication> lockPending(Schedule schedule) {
        return publications.find("scheduleId = ?1 and status in ?2 order by scheduledAt, channelId", schedule.id,
                PublicationStatus.PENDING).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private Schedule find(String workspaceId, UUID id) {
        return schedules.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound("Schedule", id.toString()));
    }

    private static Instant first(List<ScheduledPublication> list) {
        return list.stream().map(p -> p.scheduledAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<String> channelIds(List<ScheduledPublication> list) {
        return List.copyOf(new LinkedHashSet<>(list.stream().map(p -> p.channelId).toList()));
    }
}
