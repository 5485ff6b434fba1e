package io.sosmed.analytics.channel;

import io.smallrye.common.annotation.Blocking;
import io.sosmed.analytics.besttime.BestTimeRefresh;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the channel projection (network, zone, status) in step with schedule-service's channel events. */
@ApplicationScoped
public class ChannelEventsConsumer {

    static final String CONSUMER = "analytics-service.channel-events";
    static final String DISCONNECTED = "DISCONNECTED";

    private final IdempotentConsumer consumer;
    private final Channels channels;
    private final BestTimeRefresh bestTimes;

    public ChannelEventsConsumer(IdempotentConsumer consumer, Channels channels, BestTimeRefresh bestTimes) {
        this.consumer = consumer;
        this.channels = channels;
        this.bestTimes = bestTimes;
    }

    @Incoming(Topics.CHANNEL_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        String type = event.type();
        if (EventType.CHANNEL_CONNECTED.type().equals(type) || EventType.CHANNEL_UPDATED.type().equals(type)) {
            ChannelChanged channel = event.data(ChannelChanged.class);
            channels.apply(event.workspaceId(), channel, channel.status());
            if (EventType.CHANNEL_UPDATED.type().equals(type)) {
                bestTimes.markStale(event.workspaceId(), channel.channelId());
            }
        } else if (EventType.CHANNEL_DISCONNECTED.type().equals(type)) {
            ChannelChanged channel = event.data(ChannelChanged.class);
            channels.markDisconnected(event.workspaceId(), channel.channelId(), channel.at());
        }
    }
}
