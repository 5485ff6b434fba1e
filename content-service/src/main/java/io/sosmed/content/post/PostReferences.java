package io.sosmed.content.post;

import io.sosmed.content.campaign.CampaignRepository;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.content.pillar.PillarLibrary;
import io.sosmed.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Checks that the campaign and pillar a post names exist in its workspace's library. */
@ApplicationScoped
public class PostReferences {

    private final CampaignRepository campaigns;
    private final PillarLibrary pillars;

    public PostReferences(CampaignRepository campaigns, PillarLibrary pillars) {
        this.campaigns = campaigns;
        this.pillars = pillars;
    }

    /** Field errors for an unknown campaign or pillar; empty when both are known or absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Problem.FieldError> unknown(String workspaceId, UUID campaignId, String pillar) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (campaignId != null && !campaigns.existsInWorkspace(workspaceId, campaignId)) {
            errors.add(new Problem.FieldError("campaignId", "no campaign " + campaignId + " in this workspace"));
        }
        if (pillar != null && !pillars.exists(workspaceId, pillar)) {
            errors.add(new Problem.FieldError("pillar", "no pillar '" + pillar + "' in this workspace; see GET /pillars"));
        }
        return errors;
    }

    /** 422 naming each unknown reference. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void verify(String workspaceId, PostRequest request) {
        List<Problem.FieldError> errors = unknown(workspaceId, request.campaignId(), request.pillar());
        if (!errors.isEmpty()) {
            throw LibraryProblems.unprocessable(errors);
        }
    }
}
