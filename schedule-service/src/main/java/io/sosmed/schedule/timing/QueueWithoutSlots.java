package io.sosmed.schedule.timing;

import io.sosmed.platform.problem.ProblemException;

/** 422: a post sent to a channel's queue when that queue has no weekly time slots. */
public class QueueWithoutSlots extends ProblemException {

    public QueueWithoutSlots() {
        super(422, "queue-without-slots", "Queue has no time slots",
                "This channel's queue has no time slots: add weekly slots to the queue or schedule at a specific time");
    }
}
