package io.sosmed.schedule.besttime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** The fields of {@code sosmed.best-times.updated.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BestTimesUpdated(String channelId, String zone, Instant computedAt, String source, List<Slot> slots) {

    /** An hour of the week (ISO day 1 = Monday) and how well posts did then. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(int dayOfWeek, int hour, double score, int samples) {
    }
}
