package io.sosmed.schedule.pause;

import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Records {@code sosmed.publishing.paused/resumed.v1} on {@code workspace-events} (key = workspace id). */
@ApplicationScoped
public class PauseEvents {

    enum Scope {
        WORKSPACE, CHANNEL
    }

    record PublishingPaused(Scope scope, String channelId, String reason, PublishingPause.Trigger trigger, String pausedBy,
            Instant pausedAt) {
    }

    record PublishingResumed(Scope scope, String channelId, String resumedBy, Instant resumedAt,
            ResumeRequest.MissedAction missedAction, int missedCount) {
    }

    private final Outbox outbox;

    public PauseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void paused(PublishingPause p) {
        outbox.record(EventType.PUBLISHING_PAUSED, p.workspaceId, p.workspaceId, subject(p.workspaceId, p.channelId),
                new PublishingPaused(scope(p.channelId), channel(p.channelId), p.reason, p.trigger, p.pausedBy, p.pausedAt));
    }

    void resumed(String workspaceId, String channelId, String by, Instant at, ResumeRequest.MissedAction action, int missed) {
        outbox.record(EventType.PUBLISHING_RESUMED, workspaceId, workspaceId, subject(workspaceId, channelId),
                new PublishingResumed(scope(channelId), channel(channelId), by, at, action, missed));
    }

    private static Scope scope(String channelId) {
        return PublishingPause.WORKSPACE.equals(channelId) ? Scope.WORKSPACE : Scope.CHANNEL;
    }

    private static String channel(String channelId) {
        return PublishingPause.WORKSPACE.equals(channelId) ? null : channelId;
    }

    private static String subject(String workspaceId, String channelId) {
        return PublishingPause.WORKSPACE.equals(channelId) ? workspaceId : channelId;
    }
}
