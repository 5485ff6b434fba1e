package io.sosmed.schedule.scheduling;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;
import java.util.UUID;

/** The refusals of the schedules API, each with a stable slug. */
final class SchedulingProblems {

    private SchedulingProblems() {
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    static ProblemException postNotApproved(UUID postId, String status) {
        return new ProblemException(409, "post-not-approved", "Post is not approved",
                "Post " + postId + " is " + status + " and the workspace's approval policy applies to it: "
                        + "it can be scheduled once it is approved");
    }

    static ProblemException postDeleted(UUID postId) {
        return new ProblemException(409, "post-deleted", "Post is deleted",
                "Post " + postId + " is in the trash; restore it before scheduling it");
    }

    static ProblemException channels(List<Problem.FieldError> errors) {
        return new ProblemException(422, "channels-not-schedulable", "Channels cannot be scheduled",
                "Some channels cannot publish this post", errors);
    }

    static ProblemException alreadyScheduled(String channelId, Object at) {
        return new ProblemException(409, "already-scheduled", "Already scheduled",
                "This post is already scheduled on channel " + channelId + " at " + at);
    }

    static ProblemException nothingPending(UUID scheduleId) {
        return new ProblemException(409, "schedule-not-pending", "Nothing left to reschedule",
                "Schedule " + scheduleId + " has no publication waiting to go out (all were attempted or unscheduled)");
    }
}
