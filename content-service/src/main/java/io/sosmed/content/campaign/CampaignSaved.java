package io.sosmed.content.campaign;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code sosmed.campaign.saved.v1}; the budget is a plain decimal string so no precision is lost. */
public record CampaignSaved(UUID campaignId, String name, LocalDate startsOn, LocalDate endsOn, String budget,
        String currency, long version, boolean archived) {

    static CampaignSaved of(Campaign campaign) {
        return new CampaignSaved(campaign.id, campaign.name, campaign.startsOn, campaign.endsOn,
                campaign.budget == null ? null : campaign.budget.stripTrailingZeros().toPlainString(), campaign.currency, campaign.version,
                campaign.archived);
    }
}
