package io.sosmed.schedule.pause;

import io.quarkus.logging.Log;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Emergency pause. While a pause is in force the engine claims nothing in its scope (the claim query excludes it), so
 * paused work stays SCHEDULED and is never published; an attempt already in flight when the pause starts completes.
 * Resuming decides what happens to publications whose time passed meanwhile: publish them now, skip them, or shift them.
 */
@ApplicationScoped
public class PauseService {

    private final PauseRepository pauses;
    private final PublicationRepository publications;
    private final ChannelDirectory channels;
    private final PauseEvents events;
    private final CrisisPolicyRepository policies;
    private final Clock clock;

    public PauseService(PauseRepository pauses, PublicationRepository publications, ChannelDirectory channels,
            PauseEvents events, CrisisPolicyRepository policies, Clock clock) {
        this.policies = policies;
        this.pauses = pauses;
        this.publications = publications;
        this.channels = channels;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public CrisisPolicyRequest.Response crisisPolicy(String workspaceId) {
        return policies.findByIdOptional(workspaceId).map(p -> new CrisisPolicyRequest.Response(p.autoPause, p.updatedBy, p.updatedAt))
                .orElse(new CrisisPolicyRequest.Response(false, null, null));
    }

    @Transactional
    public CrisisPolicyRequest.Response setCrisisPolicy(String workspaceId, CrisisPolicyRequest request, String actor) {
        if (request == null || request.autoPause() == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "autoPause: required",
                    List.of(new Problem.FieldError("autoPause", "required: true or false")));
        }
        CrisisPolicy policy = policies.findByIdOptional(workspaceId).orElseGet(() -> {
            CrisisPolicy created = new CrisisPolicy();
            created.workspaceId = workspaceId;
            return created;
        });
        policy.autoPause = request.autoPause();
        policy.updatedBy = actor;
        policy.updatedAt = clock.instant();
        policies.persist(policy);
        return crisisPolicy(workspaceId);
    }

    @Transactional
    public PauseResponse state(String workspaceId) {
        return PauseResponse.of(pauses.inWorkspace(workspaceId));
    }

    /** Pauses the workspace ({@code channelId} null) or a channel; pausing what is already paused keeps the first pause. */
    @Transactional
    public PauseResponse pause(String workspaceId, String channelId, String reason, PublishingPause.Trigger trigger, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new ProblemException(400, "validation", "Request is not valid", "reason: required",
                    List.of(new Problem.FieldError("reason", "say why publishing stops (shown to the team)")));
        }
        String key = key(workspaceId, channelId);
        if (pauses.of(workspaceId, key).isEmpty()) {
            PublishingPause pause = new PublishingPause();
            pause.workspaceId = workspaceId;
            pause.channelId = key;
            pause.reason = reason.strip();
            pause.trigger = trigger;
            pause.pausedBy = actor;
            pause.pausedAt = clock.instant();
            pauses.persist(pause);
            events.paused(pause);
            Log.warnf("Publishing paused in workspace %s%s (%s) by %s", workspaceId,
                    channelId == null ? "" : " on channel " + channelId, trigger, actor);
        }
        return state(workspaceId);
    }

    @Transactional
    public ResumeResult resume(String workspaceId, String channelId, ResumeRequest request, String actor) {
        ResumeRequest.MissedAction action = request == null ? null : ResumeRequest.MissedAction.parse(request.missed()).orElse(null);
        if (action == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "missed: publishNow, skip or shiftBy",
                    List.of(new Problem.FieldError("missed", "one of publishNow, skip, shiftBy")));
        }
        if (action == ResumeRequest.MissedAction.SHIFT_BY && (request.shiftBy() == null || request.shiftBy().isNegative()
                || request.shiftBy().isZero())) {
            throw new ProblemException(400, "validation", "Request is not valid", "shiftBy: a positive ISO-8601 duration",
                    List.of(new Problem.FieldError("shiftBy", "required with missed shiftBy, e.g. PT2H")));
        }
        String key = key(workspaceId, channelId);
        PublishingPause pause = pauses.of(workspaceId, key).orElseThrow(() -> new ProblemException(409, "not-paused",
                "Not paused", (channelId == null ? "Workspace " + workspaceId : "Channel " + channelId) + " is not paused"));
        List<PublishingPause> remaining = pauses.inWorkspace(workspaceId).stream().filter(p -> !p.channelId.equals(key)).toList();
        boolean workspaceStillPaused = remaining.stream().anyMatch(PublishingPause::isWorkspace);
        int missed = 0;
        Instant now = clock.instant();
        if (!workspaceStillPaused) {
            Set<String> stillPaused = remaining.stream().map(p -> p.channelId).collect(Collectors.toSet());
            List<ScheduledPublication> late = publications.lockMissed(workspaceId, channelId, stillPaused, now);
            missed = late.size();
            for (ScheduledPublication p : late) {
                switch (action) {
                    case PUBLISH_NOW -> p.dueAt = now;
                    case SKIP -> {
                        p.status = PublicationStatus.SKIPPED;
                        p.failureReason = "Skipped: its time passed while publishing was paused (" + pause.reason + ")";
                    }
                    case SHIFT_BY -> {
                        p.scheduledAt = p.scheduledAt.plus(request.shiftBy());
                        p.dueAt = p.scheduledAt;
                    }
                }
                p.updatedAt = now;
            }
        }
        pauses.delete(pause);
        events.resumed(workspaceId, key, actor, now, action, missed);
        Log.infof("Publishing resumed in workspace %s%s by %s: %d missed, %s", workspaceId,
                channelId == null ? "" : " on channel " + channelId, actor, missed, action);
        return new ResumeResult(action, missed, PauseResponse.of(remaining));
    }

    private String key(String workspaceId, String channelId) {
        if (channelId == null) {
            return PublishingPause.WORKSPACE;
        }
        if (channels.find(workspaceId, channelId).isEmpty()) {
            throw ProblemException.notFound("Channel", channelId);
        }
        return channelId;
    }
}
