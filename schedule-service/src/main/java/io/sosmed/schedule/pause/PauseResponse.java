package io.sosmed.schedule.pause;

import java.time.Instant;
import java.util.List;

/** The pauses in force in a workspace. */
public record PauseResponse(boolean workspacePaused, List<Pause> pauses) {

    /** One pause; {@code channelId} null for the workspace. */
    public record Pause(String channelId, String reason, PublishingPause.Trigger trigger, String pausedBy, Instant pausedAt) {

        static Pause of(PublishingPause p) {
            return new Pause(p.isWorkspace() ? null : p.channelId, p.reason, p.trigger, p.pausedBy, p.pausedAt);
        }
    }

    static PauseResponse of(List<PublishingPause> pauses) {
        return new PauseResponse(pauses.stream().anyMatch(PublishingPause::isWorkspace), pauses.stream().map(Pause::of).toList());
    }
}
