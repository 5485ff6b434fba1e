package io.sosmed.schedule.timing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the wall-clock time a user asked for ("2027-03-14T09:00 in America/New_York") into the instant we store.
 *
 * <p>Named for what it reads: a wall-clock date-time, not a {@link java.time.LocalTime}. Every DST case is explicit:
 * <ul>
 *   <li>a time in a gap (clocks jump over it) is refused with {@link NonexistentLocalTime}, or with {@link DstGap#SHIFT}
 *       moved forward by the gap's length, exactly as {@link LocalDateTime#atZone} does, and reported in the notes;</li>
 *   <li>a time in an overlap (it happens twice) takes the {@link DstOverlap#EARLIER} offset unless {@link DstOverlap#LATER}
 *       is asked for, and the notes say which offset was chosen and how to get the other one;</li>
 *   <li>{@link #resolve} also refuses a time more than the grace in the past ({@link TimeInPast}), against the injected clock.</li>
 * </ul>
 */
public final class WallClockResolver {

    /** The request field a resolved time comes from unless the caller names another. */
    public static final String AT_FIELD = "at";
    public static final String ZONE_FIELD = "zone";

    private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();
    private static final TreeMap<String, String> ZONE_IDS_IGNORING_CASE = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        ZONE_IDS.forEach(id -> ZONE_IDS_IGNORING_CASE.put(id, id));
    }

    private final Clock clock;
    private final Duration pastGrace;

    /**
     * @param clock     what "now" is; a fixed clock in tests
     * @param pastGrace how far in the past a requested time may be and still be accepted (the form was slow, clocks differ)
     */
    public WallClockResolver(Clock clock, Duration pastGrace) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pastGrace = Objects.requireNonNull(pastGrace, "pastGrace");
        if (pastGrace.isNegative()) {
            throw new IllegalArgumentException("pastGrace must not be negative: " + pastGrace);
        }
    }

    public Clock clock() {
        return clock;
    }

    public Duration pastGrace() {
        return pastGrace;
    }

    /** Resolves a requested publication time from the {@code at} field and refuses it when it is in the past. */
    public ResolvedTime resolve(LocalDateTime requested, ZoneId zone, WallClockPolicy policy) {
        return resolve(requested, zone, policy, AT_FIELD);
    }

    /** As {@link #resolve(LocalDateTime, ZoneId, WallClockPolicy)}, naming {@code field} in the problems. */
    public ResolvedTime resolve(LocalDateTime requested, ZoneId zone, WallClockPolicy policy, String field) {
        ResolvedTime time = resolveInZone(requested, zone, policy, field);
        requireNotPast(time, field);
        return time;
    }

    /** Refuses a time earlier than now minus the grace; a time within the grace is accepted (it publishes at once). */
    public void requireNotPast(ResolvedTime time, String field) {
        Instant now = clock.instant();
        if (time.instant().isBefore(now.minus(pastGrace))) {
            throw new TimeInPast(time, now, field);
        }
    }

    /** Resolves a wall-clock time in a zone without looking at the clock (recurrences and queues check "now" themselves). */
    public static ResolvedTime resolveInZone(LocalDateTime requested, ZoneId zone, WallClockPolicy policy) {
        return resolveInZone("", requested, zone, policy, AT_FIELD);
    }

    static ResolvedTime resolveInZone(LocalDateTime requested, ZoneId zone, WallClockPolicy policy, String field) {
        return resolveInZone("", requested, zone, policy, field);
    }

    /** {@code context} prefixes a refusal's detail, e.g. "Occurrence 3 of the recurrence: ". */
    static ResolvedTime resolveInZone(String context, LocalDateTime requested, ZoneId zone, WallClockPolicy policy, String field) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(requested);
        if (offsets.size() == 1) {
            return new ResolvedTime(requested, zone, requested.toInstant(offsets.get(0)), offsets.get(0), requested, List.of());
        }
        ZoneOffsetTransition transition = rules.getTransition(requested);
        if (offsets.isEmpty()) {
            return shiftOutOfGap(context, requested, zone, policy, field, transition);
        }
        return chooseInOverlap(requested, zone, policy, transition);
    }

    /**
     * The instant a wall-clock time has in a zone, or empty when it falls in a gap; an overlap takes {@code overlap}.
     * For places that skip gap times instead of refusing them (queue slots).
     */
    static Optional<Instant> existingInstant(LocalDateTime local, ZoneId zone, DstOverlap overlap) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            return Optional.empty();
        }
        ZoneOffset offset = overlap == DstOverlap.LATER ? offsets.get(offsets.size() - 1) : offsets.get(0);
        return Optional.of(local.toInstant(offset));
    }

    /** Reads an IANA zone id from the {@code zone} field; anything else (offsets, abbreviations, typos) is a 400 naming it. */
    public static ZoneId zone(String id) {
        return zone(id, ZONE_FIELD);
    }

    public static ZoneId zone(String id, String field) {
        if (id != null && ZONE_IDS.contains(id)) {
            return ZoneId.of(id);
        }
        Optional<String> suggestion = id == null ? Optional.empty() : Optional.ofNullable(ZONE_IDS_IGNORING_CASE.get(id.strip()));
        throw new UnknownTimeZone(id, field, suggestion);
    }

    private static ResolvedTime shiftOutOfGap(String context, LocalDateTime requested, ZoneId zone, WallClockPolicy policy,
            String field, ZoneOffsetTransition gap) {
        if (policy.gap() == DstGap.REFUSE) {
            throw new NonexistentLocalTime(context, requested, zone, gap, field);
        }
        LocalDateTime shifted = requested.plus(gap.getDuration());
        ZoneOffset offset = gap.getOffsetAfter();
        String message = requested + " does not exist in " + zone.getId() + " (" + WallClockText.jump(gap, requested.toLocalDate())
                + "); shifted forward by " + WallClockText.duration(gap.getDuration()) + " to " + shifted + offset;
        return new ResolvedTime(requested, zone, shifted.toInstant(offset), offset, shifted,
                List.of(new TimingNote(TimingNote.Kind.DST_GAP_SHIFTED, message)));
    }

    private static ResolvedTime chooseInOverlap(LocalDateTime requested, ZoneId zone, WallClockPolicy policy,
            ZoneOffsetTransition overlap) {
        boolean later = policy.overlap() == DstOverlap.LATER;
        ZoneOffset chosen = later ? overlap.getOffsetAfter() : overlap.getOffsetBefore();
        ZoneOffset other = later ? overlap.getOffsetBefore() : overlap.getOffsetAfter();
        Instant instant = requested.toInstant(chosen);
        String message = requested + " happens twice in " + zone.getId() + " (" + WallClockText.jump(overlap, requested.toLocalDate())
                + "); using the " + (later ? "later" : "earlier") + " one, " + requested + chosen + " (" + instant + ")"
                + "; send dstOverlap " + (later ? DstOverlap.EARLIER : DstOverlap.LATER) + " for " + requested + other
                + " (" + requested.toInstant(other) + ")";
        return new ResolvedTime(requested, zone, instant, chosen, requested,
                List.of(new TimingNote(TimingNote.Kind.DST_OVERLAP_RESOLVED, message)));
    }
}
