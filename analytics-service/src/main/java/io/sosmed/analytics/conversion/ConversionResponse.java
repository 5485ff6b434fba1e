package io.sosmed.analytics.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored conversion and what its touches resolved to; {@code duplicate} when the external id was already known. */
public record ConversionResponse(UUID id, String externalId, ConversionKind kind, Instant occurredAt, BigDecimal value,
        String currency, List<Touch> touches, boolean duplicate) {

    /** A resolved touch. */
    public record Touch(UUID linkId, UUID postId, String channelId, String campaignId, Instant at) {
    }
}
