package io.sosmed.schedule.planning;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code sosmed.pillars.saved.v1} from {@code workspace-events} through its own subscription
 * ({@value #CHANNEL}, group {@code schedule-service.planning}), so the pause consumer keeps its own offsets.
 */
@ApplicationScoped
public class PillarsSavedConsumer {

    static final String CHANNEL = "workspace-events-planning";
    static final String CONSUMER = "schedule-service.planning";

    private final IdempotentConsumer consumer;
    private final WorkspacePillarsProjection projection;

    public PillarsSavedConsumer(IdempotentConsumer consumer, WorkspacePillarsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, Set.of(EventType.PILLARS_SAVED), this::apply);
    }

    private void apply(InboundEvent event) {
        PillarsSaved saved = event.data(PillarsSaved.class);
        if (!projection.apply(event.workspaceId(), saved)) {
            Log.debugf("Pillars of workspace %s version %d ignored: a newer one is stored", event.workspaceId(), saved.version());
        }
    }
}
