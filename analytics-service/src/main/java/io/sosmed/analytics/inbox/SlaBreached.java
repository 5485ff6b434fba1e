package io.sosmed.analytics.inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The fields of {@code sosmed.conversation.sla-breached.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaBreached(UUID conversationId, String target, Instant breachedAt) {
}
