package io.sosmed.analytics.inbox;

import java.time.Instant;
import java.util.List;

/** Conversations closed in [from, to) per agent, channel or priority: response times (seconds) and SLA breach rate. */
public record InboxReport(Instant from, Instant to, String groupBy, List<Group> groups) {

    /** One group; a conversation counts as breached when it closed flagged or any SLA breach was announced for it. */
    public record Group(String key, long closed, Double averageFirstResponseSeconds, Double medianFirstResponseSeconds,
            Double averageResolutionSeconds, Double medianResolutionSeconds, long breached, double breachRate) {
    }
}
