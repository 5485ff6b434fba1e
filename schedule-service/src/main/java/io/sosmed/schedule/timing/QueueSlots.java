package io.sosmed.schedule.timing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A channel's queue: weekly time slots (day of week + local time) in the channel's zone, and the instants they fall on.
 *
 * <p>Slots are wall-clock times: a Monday 09:00 slot is 09:00 local before and after a DST change. On the day of a change:
 * <ul>
 *   <li>a slot inside a DST gap (02:30 on the New York spring-forward Sunday) does not exist that day and is <b>skipped</b>,
 *       not shifted: shifting would put it on top of, or out of order with, the next slot, and a queue has plenty of
 *       other slots to take;</li>
 *   <li>a slot inside an overlap (01:30 on the fall-back Sunday) happens <b>once</b>, at the earlier of the two instants,
 *       so a weekly slot never yields two publications.</li>
 * </ul>
 */
public final class QueueSlots {

    private final ZoneId zone;
    private final List<QueueSlot> slots;
    private final Map<DayOfWeek, List<LocalTime>> timesByDay = new EnumMap<>(DayOfWeek.class);

    /** Duplicate slots count once. */
    public QueueSlots(ZoneId zone, Collection<QueueSlot> slots) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.slots = List.copyOf(new TreeSet<>(slots));
        for (QueueSlot slot : this.slots) {
            timesByDay.computeIfAbsent(slot.day(), day -> new ArrayList<>()).add(slot.time());
        }
    }

    public static QueueSlots of(ZoneId zone, QueueSlot... slots) {
        return new QueueSlots(zone, List.of(slots));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The distinct slots, Monday first, then by time. */
    public List<QueueSlot> slots() {
        return slots;
    }

    /**
     * The first slot instant strictly after {@code after} that is not in {@code taken}.
     *
     * @param taken instants already used by other posts on this channel; only exact matches block a slot
     * @throws QueueWithoutSlots when the queue has no slots
     */
    public Instant nextFreeSlot(Instant after, Set<Instant> taken) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(taken, "taken");
        if (slots.isEmpty()) {
            throw new QueueWithoutSlots();
        }
        // Every week offers every slot except the rare ones lost to a DST gap, so this many days always reach a free one.
        long maxDays = 14 + 14L * (taken.size() / slots.size() + 1);
        LocalDate day = LocalDate.ofInstant(after, zone).minusDays(1);
        for (long i = 0; i <= maxDays; i++, day = day.plusDays(1)) {
            for (LocalTime time : timesByDay.getOrDefault(day.getDayOfWeek(), List.of())) {
                Optional<Instant> slot = WallClockResolver.existingInstant(LocalDateTime.of(day, time), zone, DstOverlap.EARLIER);
                if (slot.isPresent() && slot.get().isAfter(after) && !taken.contains(slot.get())) {
                    return slot.get();
                }
            }
        }
        throw new IllegalStateException("No free slot within " + maxDays + " days after " + after + " in " + zone);
    }

    /** Every slot instant in {@code [from, to)}, in order, taken or not: the week's capacity for planning reports. */
    public List<Instant> slotsBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Instant> instants = new ArrayList<>();
        if (slots.isEmpty() || !from.isBefore(to)) {
            return instants;
        }
        LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalTime time : timesByDay.getOrDefault(day.getDayOfWeek(), List.of())) {
                WallClockResolver.existingInstant(LocalDateTime.of(day, time), zone, DstOverlap.EARLIER)
                        .filter(slot -> !slot.isBefore(from) && slot.isBefore(to))
                        .ifPresent(instants::add);
            }
        }
        return instants;
    }

    @Override
    public String toString() {
        return slots + " in " + zone.getId();
    }
}
