package io.sosmed.analytics.campaign;

import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads campaigns from {@code workspace-events}; other workspace events are ignored. */
@ApplicationScoped
public class WorkspaceEventsConsumer {

    static final String CONSUMER = "analytics-service.workspace-events";

    private final IdempotentConsumer consumer;
    private final Campaigns campaigns;

    public WorkspaceEventsConsumer(IdempotentConsumer consumer, Campaigns campaigns) {
        this.consumer = consumer;
        this.campaigns = campaigns;
    }

    @Incoming(Topics.WORKSPACE_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        if (EventType.CAMPAIGN_SAVED.type().equals(event.type())) {
            campaigns.apply(event.workspaceId(), event.data(CampaignSaved.class));
        }
    }
}
