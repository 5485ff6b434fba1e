package io.sosmed.analytics.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversion from a CRM. It names what brought the person by a short-link {@code code}, a {@code clickId} (the
 * {@code sclid} parameter the redirect added) or a {@code utm} set, or several such {@code touchpoints} for
 * multi-touch attribution. {@code externalId} makes re-sending harmless.
 */
public record ConversionRequest(String externalId, ConversionKind kind, Instant occurredAt, BigDecimal value,
        String currency, String code, UUID clickId, UtmSet utm, List<Touchpoint> touchpoints) {

    /** utm_* values as the landing page saw them. */
    public record UtmSet(String source, String medium, String campaign, String content) {
    }

    /** One touch; {@code at} defaults to the click's time for a click id, else to the conversion time. */
    public record Touchpoint(String code, UUID clickId, UtmSet utm, Instant at) {
    }
}
