package io.sosmed.community.inbox;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Puts snoozed conversations back in the inbox (OPEN) when their snooze time has passed. */
@ApplicationScoped
public class SnoozeAlarm {

    private static final int BATCH = 500;

    private final ConversationWorkflow workflow;

    public SnoozeAlarm(ConversationWorkflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(identity = "snooze-alarm", every = "${sosmed.inbox.snooze-check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void wakeUp() {
        int woken;
        do {
            woken = workflow.wakeSnoozed(Instant.now(), BATCH);
            if (woken > 0) {
                Log.infof("Reopened %d snoozed conversations", woken);
            }
        } while (woken == BATCH);
    }
}
