package io.sosmed.schedule.timing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The occurrences of a {@link Recurrence} from a start, in instant order, with the notes the API shows the user.
 *
 * @param rule        the canonical rule it was expanded from
 * @param zone        the schedule's zone
 * @param occurrences at least one (the start), in increasing instant order, no two equal
 * @param notes       plan-wide notes (start not matching the rule, duplicates dropped); per-occurrence DST notes are on each occurrence
 */
public record RecurrencePlan(String rule, ZoneId zone, List<ResolvedTime> occurrences, List<TimingNote> notes) {

    public static final String MINIMUM_GAP_FIELD = "minimumGap";

    public RecurrencePlan {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(zone, "zone");
        occurrences = List.copyOf(occurrences);
        notes = List.copyOf(notes);
    }

    public List<Instant> instants() {
        return occurrences.stream().map(ResolvedTime::instant).toList();
    }

    /**
     * The occurrences one channel publishes when an evergreen post must wait {@code minimumGap} between two publications there.
     *
     * <p>Policy: <b>skip, and say so</b>. An occurrence sooner than {@code minimumGap} after the post's previous publication on
     * the channel (the one given, or the last occurrence kept before it) is skipped and reported in a note; the rest of the
     * plan stands, so one early repeat does not throw away a long series. COUNT and maxOccurrences count occurrences of the
     * rule, so skips leave fewer publications. Only when every occurrence would be skipped is the schedule refused with
     * {@link NoOccurrenceOutsideMinimumGap}. An occurrence exactly {@code minimumGap} after the previous one is kept.
     *
     * @param previousPublication when this post was last published on the channel, or null if never
     * @param minimumGap          zero or null to keep every occurrence; negative is refused ({@link InvalidMinimumGap})
     */
    public ChannelPublications forChannel(Instant previousPublication, Duration minimumGap) {
        if (minimumGap != null && minimumGap.isNegative()) {
            throw new InvalidMinimumGap(minimumGap);
        }
        if (minimumGap == null || minimumGap.isZero()) {
            return new ChannelPublications(occurrences, List.of(), List.of());
        }
        List<ResolvedTime> kept = new ArrayList<>();
        List<ResolvedTime> skipped = new ArrayList<>();
        List<TimingNote> skipNotes = new ArrayList<>();
        Instant previous = previousPublication;
        for (ResolvedTime occurrence : occurrences) {
            if (previous != null && occurrence.instant().isBefore(previous.plus(minimumGap))) {
                skipped.add(occurrence);
                skipNotes.add(new TimingNote(TimingNote.Kind.OCCURRENCE_TOO_CLOSE_SKIPPED, occurrence.local() + " (" + occurrence.instant()
                        + ") is skipped: it comes " + WallClockText.duration(Duration.between(previous, occurrence.instant()))
                        + " after the previous publication on this channel (" + previous + "), less than the minimum gap of "
                        + WallClockText.duration(minimumGap)));
            } else {
                kept.add(occurrence);
                previous = occurrence.instant();
            }
        }
        if (kept.isEmpty()) {
            throw new NoOccurrenceOutsideMinimumGap(previousPublication, minimumGap, occurrences.get(occurrences.size() - 1).instant());
        }
        return new ChannelPublications(kept, skipped, skipNotes);
    }
}
