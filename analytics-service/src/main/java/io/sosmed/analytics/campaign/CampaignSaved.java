package io.sosmed.analytics.campaign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of {@code sosmed.campaign.saved.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignSaved(String campaignId, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal budget,
        String currency, long version, boolean archived) {
}
