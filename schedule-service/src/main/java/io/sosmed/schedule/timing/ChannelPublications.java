package io.sosmed.schedule.timing;

import java.time.Instant;
import java.util.List;

/**
 * The occurrences of a recurrence that one channel publishes once the evergreen minimum gap is applied.
 *
 * @param publications the occurrences to publish, in order; never empty
 * @param skipped      the occurrences left out because they came too soon after the previous publication
 * @param notes        one {@link TimingNote.Kind#OCCURRENCE_TOO_CLOSE_SKIPPED} note per skipped occurrence
 */
public record ChannelPublications(List<ResolvedTime> publications, List<ResolvedTime> skipped, List<TimingNote> notes) {

    public ChannelPublications {
        publications = List.copyOf(publications);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public List<Instant> instants() {
        return publications.stream().map(ResolvedTime::instant).toList();
    }
}
