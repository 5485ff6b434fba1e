package io.sosmed.content.channel;

import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import java.util.UUID;

/** Channel events exactly as schedule-service puts them on {@code channel-events}, for tests of the projection. */
public final class ChannelEvents {

    private ChannelEvents() {
    }

    /** {@code sosmed.channel.connected.v1} for an ACTIVE channel; {@code maxTextLength} may be null. */
    public static String connected(String eventId, String workspaceId, String channelId, String network, String handle,
            Integer maxTextLength, Instant at) {
        return changed("sosmed.channel.connected.v1", eventId, workspaceId, channelId, network, handle, "ACTIVE",
                maxTextLength, at);
    }

    /** {@code sosmed.channel.updated.v1}. */
    public static String updated(String eventId, String workspaceId, String channelId, String network, String handle,
            String status, Integer maxTextLength, Instant at) {
        return changed("sosmed.channel.updated.v1", eventId, workspaceId, channelId, network, handle, status,
                maxTextLength, at);
    }

    /** {@code sosmed.channel.disconnected.v1}. */
    public static String disconnected(String eventId, String workspaceId, String channelId, String network,
            String handle, Instant at) {
        return envelope("sosmed.channel.disconnected.v1", eventId, workspaceId, channelId, """
                {"channelId":"%s","network":"%s","handle":"%s","by":"user-alice","at":"%s"}"""
                .formatted(channelId, network, handle, at));
    }

    /** Sends a connected event for a fresh channel of the workspace and returns its id (consumption is asynchronous). */
    public static String connect(String workspaceId, String network, Integer maxTextLength) {
        String channelId = network.toLowerCase() + "-" + UUID.randomUUID();
        send(channelId, connected(UUID.randomUUID().toString(), workspaceId, channelId, network, "@brand",
                maxTextLength, Instant.now()));
        return channelId;
    }

    /** Connects a fresh channel and waits until content-service's projection has it. */
    public static String connectAndAwait(String workspaceId, String network, Integer maxTextLength) {
        String channelId = connect(workspaceId, network, maxTextLength);
        ChannelRepository channels = Arc.container().instance(ChannelRepository.class).get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> channels.findByIdOptional(channelId).isPresent()));
        return channelId;
    }

    public static void send(String channelId, String event) {
        new KafkaTestClient(KafkaTestResource.bootstrapServers()).sendCloudEvent(Topics.CHANNEL_EVENTS, channelId, event);
    }

    private static String changed(String type, String eventId, String workspaceId, String channelId, String network,
            String handle, String status, Integer maxTextLength, Instant at) {
        return envelope(type, eventId, workspaceId, channelId, """
                {"channelId":"%s","network":"%s","handle":"%s","displayName":"Brand","instanceUrl":null,
                 "status":"%s","zone":"Europe/Lisbon","limits":{"maxTextLength":%s,"maxMedia":null},"at":"%s",
                 "addedLaterField":"consumers ignore it"}"""
                .formatted(channelId, network, handle, status, maxTextLength, at));
    }

    private static String envelope(String type, String eventId, String workspaceId, String channelId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/schedule-service","type":"%s",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "dataschema":"urn:sosmed:event-schema:%s","workspaceid":"%s","data":%s}
                """.formatted(eventId, type, channelId, Instant.now(), type, workspaceId, data);
    }
}
