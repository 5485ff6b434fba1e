package io.sosmed.schedule.pause;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Pauses a workspace's publishing when community-service detects a crisis and the workspace's crisis policy (owned here,
 * {@code PUT .../crisis-policy}) says to; without a policy nothing is paused.
 */
@ApplicationScoped
public class CrisisConsumer {

    static final String CONSUMER = "schedule-service.workspace-events";

    private final IdempotentConsumer consumer;
    private final CrisisPolicyRepository policies;
    private final PauseService pauses;

    public CrisisConsumer(IdempotentConsumer consumer, CrisisPolicyRepository policies, PauseService pauses) {
        this.consumer = consumer;
        this.policies = policies;
        this.pauses = pauses;
    }

    @Incoming(Topics.WORKSPACE_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, Set.of(EventType.CRISIS_DETECTED), this::apply);
    }

    private void apply(InboundEvent event) {
        CrisisDetected crisis = event.data(CrisisDetected.class);
        boolean autoPause = policies.findByIdOptional(event.workspaceId()).map(p -> p.autoPause).orElse(false);
        if (!autoPause) {
            Log.infof("Crisis %s in workspace %s: the crisis policy does not pause publishing", crisis.crisisId(), event.workspaceId());
            return;
        }
        List<String> terms = crisis.topTerms() == null ? List.of() : crisis.topTerms();
        pauses.pause(event.workspaceId(), null, "Crisis " + crisis.crisisId() + " detected at " + crisis.detectedAt() + ": "
                + crisis.negativeCount() + " negative mentions" + (terms.isEmpty() ? "" : " (" + String.join(", ", terms) + ")"),
                PublishingPause.Trigger.CRISIS, null);
    }
}
