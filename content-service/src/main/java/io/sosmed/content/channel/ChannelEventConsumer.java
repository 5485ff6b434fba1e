package io.sosmed.content.channel;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.consumer.PoisonMessageException;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the channel projection in step with schedule-service's channel events: each event once, and an event
 * older than the last one applied to a channel (by its {@code at}) changes nothing.
 */
@ApplicationScoped
public class ChannelEventConsumer {

    static final String CONSUMER = "content-service.channel-events";

    private final IdempotentConsumer consumer;
    private final ChannelRepository channels;

    public ChannelEventConsumer(IdempotentConsumer consumer, ChannelRepository channels) {
        this.consumer = consumer;
        this.channels = channels;
    }

    @Incoming(Topics.CHANNEL_EVENTS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        String type = event.type();
        if (EventType.CHANNEL_CONNECTED.type().equals(type) || EventType.CHANNEL_UPDATED.type().equals(type)) {
            upsert(event, event.data(ChannelChanged.class));
        } else if (EventType.CHANNEL_DISCONNECTED.type().equals(type)) {
            disconnect(event, event.data(ChannelDisconnected.class));
        }
    }

    private void upsert(InboundEvent event, ChannelChanged changed) {
        require(event, changed.channelId() != null && changed.network() != null && changed.handle() != null
                && changed.status() != null && changed.at() != null);
        Channel channel = channels.findByIdOptional(changed.channelId()).orElse(null);
        if (channel != null && isStale(event, channel, changed.at())) {
            return;
        }
        boolean known = channel != null;
        if (!known) {
            channel = new Channel();
            channel.id = changed.channelId();
        }
        channel.workspaceId = event.workspaceId();
        channel.network = changed.network();
        channel.handle = changed.handle();
        channel.displayName = changed.displayName();
        channel.instanceUrl = changed.instanceUrl();
        channel.status = changed.status();
        channel.zone = changed.zone();
        channel.maxTextLength = changed.limits() == null ? null : changed.limits().maxTextLength();
        channel.maxMedia = changed.limits() == null ? null : changed.limits().maxMedia();
        channel.changedAt = changed.at();
        channel.receivedAt = Instant.now();
        if (!known) {
            channels.persist(channel);
        }
        Log.infof("Channel %s (%s %s) of workspace %s is %s", channel.id, channel.network, channel.handle,
                channel.workspaceId, channel.status);
    }

    private void disconnect(InboundEvent event, ChannelDisconnected disconnected) {
        require(event, disconnected.channelId() != null && disconnected.network() != null
                && disconnected.handle() != null && disconnected.at() != null);
        Channel channel = channels.findByIdOptional(disconnected.channelId()).orElse(null);
        if (channel != null && isStale(event, channel, disconnected.at())) {
            return;
        }
        if (channel == null) {
            channel = new Channel();
            channel.id = disconnected.channelId();
            channel.workspaceId = event.workspaceId();
            channel.network = disconnected.network();
            channel.handle = disconnected.handle();
            channels.persist(channel);
        }
        channel.status = ChannelStatus.DISCONNECTED;
        channel.changedAt = disconnected.at();
        channel.receivedAt = Instant.now();
        Log.infof("Channel %s of workspace %s disconnected", channel.id, channel.workspaceId);
    }

    private static boolean isStale(InboundEvent event, Channel channel, Instant at) {
        if (at.isBefore(channel.changedAt)) {
            Log.debugf("Channel event %s for %s is older than the last applied change; ignored", event.id(), channel.id);
            return true;
        }
        return false;
    }

    private static void require(InboundEvent event, boolean complete) {
        if (!complete || event.workspaceId() == null) {
            throw new PoisonMessageException("Channel event " + event.id() + " lacks required fields");
        }
    }
}
