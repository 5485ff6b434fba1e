package io.sosmed.schedule.timing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recurrenceset.OfRule;
import org.dmfs.rfc5545.recurrenceset.OfRuleAndFirst;

/**
 * A repeating publication: one RFC 5545 RRULE (parsed and expanded by lib-recur) with a guaranteed end.
 *
 * <p>Rules:
 * <ul>
 *   <li>The rule is validated strictly (RFC 5545); a bad rule is a 400 {@link InvalidRecurrenceRule} carrying the parser's reason.
 *       An optional {@code RRULE:} prefix is accepted.</li>
 *   <li>It must end: COUNT, UNTIL, or a {@code maxOccurrences} cap given beside it (the first limit reached wins);
 *       otherwise {@link UnboundedRecurrence}. No schedule holds more than {@link #OCCURRENCE_LIMIT} occurrences
 *       ({@link TooManyOccurrences}).</li>
 *   <li>It is expanded in wall-clock time of the schedule's zone, so "every Monday 09:00" stays 09:00 local across DST
 *       changes; each occurrence then becomes an instant through {@link WallClockResolver} with the schedule's policy, so an
 *       occurrence in a DST gap is refused or shifted just like a single time, and overlaps take the chosen offset.</li>
 *   <li>UNTIL may be UTC ({@code 20271231T235959Z}, compared as an instant), local ({@code 20271231T235959}, wall-clock
 *       time in the schedule's zone) or a date ({@code 20271231}, that whole local day); it is inclusive.</li>
 *   <li>As RFC 5545 says, the start ({@code at}) is always the first occurrence and counts toward COUNT, even when it does
 *       not match the rule; a note then says so. The start must not be in the past.</li>
 * </ul>
 */
public final class Recurrence {

    /** The most occurrences one recurring schedule may produce. */
    public static final int OCCURRENCE_LIMIT = 500;
    public static final String FIELD = "recurrence";
    public static final String MAX_OCCURRENCES_FIELD = "maxOccurrences";

    private static final Pattern RRULE_PREFIX = Pattern.compile("(?i)^RRULE:");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");
    private static final RecurrenceRule.RfcMode MODE = RecurrenceRule.RfcMode.RFC5545_STRICT;

    private final String rule;
    private final Integer maxOccurrences;

    private Recurrence(String rule, Integer maxOccurrences) {
        this.rule = rule;
        this.maxOccurrences = maxOccurrences;
    }

    /** A recurrence whose rule ends by itself (COUNT or UNTIL). */
    public static Recurrence parse(String text) {
        return parse(text, null);
    }

    /**
     * A recurrence from RRULE text and an optional cap on its number of occurrences.
     *
     * @param maxOccurrences null for none; required when the rule has neither COUNT nor UNTIL
     */
    public static Recurrence parse(String text, Integer maxOccurrences) {
        String stripped = text == null ? "" : RRULE_PREFIX.matcher(text.strip()).replaceFirst("");
        if (stripped.isEmpty()) {
            throw new InvalidRecurrenceRule(text, "give a rule such as FREQ=WEEKLY;BYDAY=MO;COUNT=10");
        }
        if (stripped.contains("\n") || stripped.contains("\r")) {
            throw new InvalidRecurrenceRule(text, "give exactly one RRULE line");
        }
        RecurrenceRule parsed = parseRule(stripped, text);
        if (maxOccurrences != null && (maxOccurrences < 1 || maxOccurrences > OCCURRENCE_LIMIT)) {
            throw new InvalidMaxOccurrences(maxOccurrences);
        }
        String normalized = parsed.toString();
        if (parsed.isInfinite() && maxOccurrences == null) {
            throw new UnboundedRecurrence(normalized);
        }
        if (parsed.getCount() != null && parsed.getCount() > OCCURRENCE_LIMIT
                && (maxOccurrences == null || maxOccurrences > OCCURRENCE_LIMIT)) {
            throw new TooManyOccurrences(normalized, OCCURRENCE_LIMIT, FIELD);
        }
        return new Recurrence(normalized, maxOccurrences);
    }

    /** The rule in canonical RFC 5545 form, without the {@code RRULE:} prefix, e.g. {@code FREQ=WEEKLY;BYDAY=MO;COUNT=4}. */
    public String rule() {
        return rule;
    }

    public OptionalInt maxOccurrences() {
        return maxOccurrences == null ? OptionalInt.empty() : OptionalInt.of(maxOccurrences);
    }

    /**
     * Every occurrence from {@code start} on, as instants, in order.
     *
     * @param start    the first publication, wall-clock time in {@code zone}; must not be in the past
     * @param zone     the schedule's zone, in which the rule's days and times are read
     * @param policy   how occurrences in DST gaps and overlaps become instants
     * @param resolver gives "now" for the past check
     */
    public RecurrencePlan expand(LocalDateTime start, ZoneId zone, WallClockPolicy policy, WallClockResolver resolver) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
        LocalDateTime first = start.truncatedTo(ChronoUnit.SECONDS);
        RecurrenceRule parsed = parseRule(rule, rule);
        Optional<Instant> untilInstant = localizeUntil(parsed, first, zone);
        DateTime dtStart = floating(first);

        List<TimingNote> notes = new ArrayList<>();
        List<ResolvedTime> occurrences = new ArrayList<>();
        int limit = maxOccurrences == null ? OCCURRENCE_LIMIT : maxOccurrences;
        Iterator<DateTime> dates = fromRule(() -> new OfRuleAndFirst(parsed, dtStart).iterator());
        while (hasNext(dates)) {
            LocalDateTime local = local(fromRule(dates::next));
            // Past a UTC UNTIL or a reached cap, the next date is never resolved, so it cannot be refused for a DST gap.
            if (!occurrences.isEmpty() && untilInstant.isPresent() && local.atZone(zone).toInstant().isAfter(untilInstant.get())) {
                break;
            }
            if (occurrences.size() == limit) {
                if (maxOccurrences == null) {
                    throw new TooManyOccurrences(rule, OCCURRENCE_LIMIT, FIELD);
                }
                break;
            }
            ResolvedTime occurrence = occurrences.isEmpty()
                    ? resolver.resolve(local, zone, policy, WallClockResolver.AT_FIELD)
                    : WallClockResolver.resolveInZone("Occurrence " + (occurrences.size() + 1) + " of the recurrence: ",
                            local, zone, policy, FIELD);
            if (!occurrences.isEmpty() && untilInstant.isPresent() && occurrence.instant().isAfter(untilInstant.get())) {
                break;
            }
            occurrences.add(occurrence);
        }
        if (!startMatchesRule(parsed, dtStart)) {
            notes.add(new TimingNote(TimingNote.Kind.START_NOT_IN_RULE, first + " does not match " + rule
                    + "; it is published once as the first occurrence" + (occurrences.size() > 1
                    ? ", then the rule continues on " + occurrences.get(1).local() : ", and the rule adds no other")));
        }
        return new RecurrencePlan(rule, zone, inOrderWithoutDuplicates(occurrences, notes), notes);
    }

    @Override
    public String toString() {
        return rule + (maxOccurrences == null ? "" : " (at most " + maxOccurrences + ")");
    }

    private static RecurrenceRule parseRule(String text, String asGiven) {
        try {
            return new RecurrenceRule(text, MODE);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new InvalidRecurrenceRule(asGiven, reason(e));
        }
    }

    /**
     * lib-recur accepts UNTIL only in the form of the start (floating here); UTC and date-only values are turned into a
     * local bound, and a UTC one is returned to be compared as an instant.
     */
    private Optional<Instant> localizeUntil(RecurrenceRule parsed, LocalDateTime first, ZoneId zone) {
        DateTime until = parsed.getUntil();
        if (until == null) {
            return Optional.empty();
        }
        Optional<Instant> instant = Optional.empty();
        LocalDateTime localUntil;
        if (until.isAllDay()) {
            localUntil = LocalDateTime.of(until.getYear(), until.getMonth() + 1, until.getDayOfMonth(), 23, 59, 59);
        } else if (until.isFloating()) {
            localUntil = local(until);
        } else {
            instant = Optional.of(Instant.ofEpochMilli(until.getTimestamp()));
            // A day of slack so an overlap (same wall time twice) never cuts early; the instant comparison is exact.
            localUntil = LocalDateTime.ofInstant(instant.get(), zone).plusDays(1);
        }
        boolean beforeStart = instant.map(i -> LocalDateTime.ofInstant(i, zone).isBefore(first))
                .orElse(localUntil.isBefore(first));
        if (beforeStart) {
            throw new InvalidRecurrenceRule(rule, "UNTIL " + until + " is before the first occurrence " + first + " in " + zone.getId());
        }
        parsed.setUntil(floating(localUntil));
        return instant;
    }

    private boolean startMatchesRule(RecurrenceRule parsed, DateTime dtStart) {
        Iterator<DateTime> ruleDates = fromRule(() -> new OfRule(parsed, dtStart).iterator());
        return hasNext(ruleDates) && local(fromRule(ruleDates::next)).equals(local(dtStart));
    }

    private static List<ResolvedTime> inOrderWithoutDuplicates(List<ResolvedTime> occurrences, List<TimingNote> notes) {
        List<ResolvedTime> sorted = new ArrayList<>(occurrences);
        sorted.sort(Comparator.comparing(ResolvedTime::instant));
        List<ResolvedTime> distinct = new ArrayList<>();
        for (ResolvedTime occurrence : sorted) {
            ResolvedTime previous = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (previous != null && previous.instant().equals(occurrence.instant())) {
                notes.add(new TimingNote(TimingNote.Kind.DUPLICATE_OCCURRENCE_DROPPED, occurrence.requested()
                        + " shifted out of the DST gap to " + occurrence.local() + ", which is already an occurrence; published once"));
            } else {
                distinct.add(occurrence);
            }
        }
        return distinct;
    }

    private boolean hasNext(Iterator<DateTime> dates) {
        return fromRule(dates::hasNext);
    }

    /** lib-recur gives up on rules that match no date (e.g. 30 February) with an unchecked exception while iterating. */
    private <T> T fromRule(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRecurrenceRule(rule, e.getMessage() != null && e.getMessage().contains("too many filtered")
                    ? "the rule matches no date (for example BYMONTH=2;BYMONTHDAY=30)"
                    : reason(e));
        }
    }

    /** The parser's own words, minus any Java class name it might quote. */
    private static String reason(Exception e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "it cannot be parsed" : e.getMessage().strip();
        return CLASS_NAME.matcher(message).replaceAll("value");
    }

    private static DateTime floating(LocalDateTime local) {
        return new DateTime(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth(), local.getHour(),
                local.getMinute(), local.getSecond());
    }

    private static LocalDateTime local(DateTime dateTime) {
        return dateTime.isAllDay()
                ? LocalDateTime.of(dateTime.getYear(), dateTime.getMonth() + 1, dateTime.getDayOfMonth(), 0, 0)
                : LocalDateTime.of(dateTime.getYear(), dateTime.getMonth() + 1, dateTime.getDayOfMonth(), dateTime.getHours(),
                        dateTime.getMinutes(), dateTime.getSeconds());
    }
}
