package io.sosmed.content.campaign;

import io.quarkus.logging.Log;
import io.sosmed.content.library.LibraryPage;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.content.library.Timestamps;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores a workspace's campaigns; every create and update records {@code sosmed.campaign.saved.v1}. */
@ApplicationScoped
public class CampaignService {

    private final CampaignRepository campaigns;
    private final Outbox outbox;

    public CampaignService(CampaignRepository campaigns, Outbox outbox) {
        this.campaigns = campaigns;
        this.outbox = outbox;
    }

    @Transactional
    public Campaign create(String workspaceId, String actor, CampaignRequest request) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.workspaceId = workspaceId;
        campaign.createdBy = actor;
        campaign.createdAt = Timestamps.now();
        apply(campaign, request, campaign.createdAt);
        campaigns.persist(campaign);
        recordSaved(campaign);
        Log.infof("Campaign %s created in workspace %s", campaign.id, workspaceId);
        return campaign;
    }

    @Transactional
    public Campaign get(String workspaceId, UUID id) {
        return campaigns.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound("Campaign", id.toString()));
    }

    @Transactional
    public LibraryPage<CampaignResponse> list(String workspaceId, Boolean archived, String cursor, int limit) {
        return LibraryPage.of(campaigns.findPage(workspaceId, archived, KeysetCursor.decodeOrNull(cursor), limit + 1),
                limit, c -> c.createdAt, c -> c.id, CampaignResponse::of);
    }

    @Transactional
    public Campaign replace(String workspaceId, UUID id, CampaignRequest request) {
        Campaign campaign = get(workspaceId, id);
        apply(campaign, request, Timestamps.now());
        recordSaved(campaign);
        Log.infof("Campaign %s of workspace %s saved (archived %s)", campaign.id, workspaceId, campaign.archived);
        return campaign;
    }

    /** Flushes first so the event carries the version Hibernate just assigned. */
    private void recordSaved(Campaign campaign) {
        campaigns.flush();
        outbox.record(EventType.CAMPAIGN_SAVED, campaign.workspaceId, campaign.workspaceId, campaign.id.toString(),
                CampaignSaved.of(campaign));
    }

    private void apply(Campaign campaign, CampaignRequest request, Instant now) {
        List<Problem.FieldError> violations = CampaignRules.violations(request);
        if (!violations.isEmpty()) {
            throw LibraryProblems.unprocessable(violations);
        }
        String name = request.name().strip();
        if (campaigns.nameTaken(campaign.workspaceId, name, campaign.id)) {
            throw LibraryProblems.nameTaken("Campaign", name);
        }
        campaign.name = name;
        campaign.startsOn = request.startsOn();
        campaign.endsOn = request.endsOn();
        campaign.budget = request.budget();
        campaign.currency = request.currency();
        campaign.archived = Boolean.TRUE.equals(request.archived());
        campaign.updatedAt = now;
    }
}
