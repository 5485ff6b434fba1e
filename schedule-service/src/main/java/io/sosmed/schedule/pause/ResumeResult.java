package io.sosmed.schedule.pause;

/** What resuming did with the publications missed during the pause. */
public record ResumeResult(ResumeRequest.MissedAction missedAction, int missedCount, PauseResponse state) {
}
