package io.sosmed.content.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A campaign as the API shows it. */
public record CampaignResponse(UUID id, String name, LocalDate startsOn, LocalDate endsOn, BigDecimal budget,
        String currency, boolean archived, String createdBy, Instant createdAt, Instant updatedAt, long version) {

    static CampaignResponse of(Campaign campaign) {
        return new CampaignResponse(campaign.id, campaign.name, campaign.startsOn, campaign.endsOn, campaign.budget,
                campaign.currency, campaign.archived, campaign.createdBy, campaign.createdAt, campaign.updatedAt,
                campaign.version);
    }
}
