package io.sosmed.schedule.timing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the property tests: every IANA zone, and wall-clock times that often sit right at a real
 * DST gap or overlap of that zone (uniformly random times would almost never land in the one hour a year that matters).
 */
final class TimeArbitraries {

    /** Transitions between these instants are used; wide enough for past rule changes and the rules projected ahead. */
    static final Instant TRANSITIONS_FROM = Instant.parse("1990-01-01T00:00:00Z");
    static final Instant TRANSITIONS_TO = Instant.parse("2045-01-01T00:00:00Z");
    static final List<String> ZONE_IDS = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private static final Map<ZoneId, List<ZoneOffsetTransition>> TRANSITIONS = new ConcurrentHashMap<>();

    private TimeArbitraries() {
    }

    /** A wall-clock time read in a zone. */
    record ZonedLocal(ZoneId zone, LocalDateTime local) {

        @Override
        public String toString() {
            return local + " " + zone.getId();
        }
    }

    /** Any available zone, each equally likely. */
    static Gen<ZoneId> zones() {
        return Generate.pick(ZONE_IDS).map(id -> ZoneId.of(id));
    }

    /**
     * Zones that change offset at least once in the window, so gaps and overlaps exist to be found; each equally likely
     * (the same distribution as filtering {@link #zones()}, without rejected draws).
     */
    static Gen<ZoneId> zonesWithTransitions() {
        return Generate.pick(ZonesWithTransitions.IDS).map(id -> ZoneId.of(id));
    }

    static Gen<LocalDateTime> localDateTimes(int fromYear, int toYear) {
        Gen<LocalDate> dates = Generate.longRange(LocalDate.of(fromYear, 1, 1).toEpochDay(), LocalDate.of(toYear, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<LocalTime> times = Generate.range(0, 24 * 60 - 1).map(minute -> LocalTime.ofSecondOfDay(minute * 60L));
        return dates.zip(times, LocalDateTime::of);
    }

    /** Anywhere in 1990-2044, in any zone. */
    static Gen<ZonedLocal> anyZonedLocal() {
        return zones().zip(localDateTimes(1990, 2044), ZonedLocal::new);
    }

    /** Within 90 minutes either side of one of the zone's real transitions: in, before and after gaps and overlaps. */
    static Gen<ZonedLocal> nearTransition() {
        return zonesWithTransitions().flatMap(zone -> Generate.pick(transitions(zone)).zip(Generate.range(-90, 90),
                (transition, minutes) -> new ZonedLocal(zone, transition.getDateTimeBefore().plusMinutes(minutes))));
    }

    /** Mostly near a transition (3 in 4), sometimes anywhere. */
    static Gen<ZonedLocal> zonedLocals() {
        return Generate.frequency(Pair.of(3, nearTransition()), Pair.of(1, anyZonedLocal()));
    }

    static boolean inGap(ZonedLocal time) {
        return time.zone().getRules().getValidOffsets(time.local()).isEmpty();
    }

    static boolean inOverlap(ZonedLocal time) {
        return time.zone().getRules().getValidOffsets(time.local()).size() > 1;
    }

    static List<ZoneOffsetTransition> transitions(ZoneId zone) {
        return TRANSITIONS.computeIfAbsent(zone, TimeArbitraries::findTransitions);
    }

    private static List<ZoneOffsetTransition> findTransitions(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return List.of();
        }
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> found = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(TRANSITIONS_FROM);
        while (next != null && next.getInstant().isBefore(TRANSITIONS_TO)) {
            found.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return List.copyOf(found);
    }

    /** Computed on first use: it reads every zone's transitions in the window once. */
    private static final class ZonesWithTransitions {

        static final List<String> IDS = ZONE_IDS.stream().filter(id -> !transitions(ZoneId.of(id)).isEmpty()).toList();
    }
}
