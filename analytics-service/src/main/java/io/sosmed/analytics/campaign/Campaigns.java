package io.sosmed.analytics.campaign;

import io.sosmed.analytics.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The campaign projection; an older version arriving late never overwrites a newer one. */
@ApplicationScoped
public class Campaigns {

    private final Database db;

    public Campaigns(Database db) {
        this.db = db;
    }

    void apply(String workspaceId, CampaignSaved campaign) {
        db.update("insert into analytics_campaign (campaign_id, workspace_id, name, starts_on, ends_on, budget, currency, "
                        + "version, archived) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id) do update set "
                        + "name = excluded.name, starts_on = excluded.starts_on, ends_on = excluded.ends_on, "
                        + "budget = excluded.budget, currency = excluded.currency, version = excluded.version, "
                        + "archived = excluded.archived where analytics_campaign.version < excluded.version "
                        + "and analytics_campaign.workspace_id = excluded.workspace_id",
                campaign.campaignId(), workspaceId, campaign.name(), campaign.startsOn(), campaign.endsOn(),
                campaign.budget(), campaign.currency(), campaign.version(), campaign.archived());
    }

    /** The workspace's campaigns by id. */
    public Map<String, Campaign> inWorkspace(String workspaceId) {
        return db.query("select campaign_id, name, budget, currency from analytics_campaign where workspace_id = ?",
                        row -> new Campaign(row.string("campaign_id"), row.string("name"), row.decimal("budget"),
                                row.string("currency")), workspaceId)
                .stream().collect(Collectors.toMap(Campaign::campaignId, Function.identity()));
    }
}
