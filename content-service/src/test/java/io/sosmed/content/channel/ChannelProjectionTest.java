package io.sosmed.content.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.content.network.Network;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The channel projection follows schedule-service's channel events once each, in order of change, via the real broker. */
@QuarkusTest
class ChannelProjectionTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ChannelRepository channels;

    @Test
    void connectedChannelIsRecordedWithItsLimitsAndUpdatesFollow() throws Exception {
        String id = "mastodon-" + UUID.randomUUID();
        Instant connectedAt = Instant.now().minusSeconds(60);
        String connected = ChannelEvents.connected(UUID.randomUUID().toString(), "acme", id, "MASTODON", "@brand@social.example",
                1000, connectedAt);
        assertThat(EventSchemas.violations(JSON.readTree(connected))).isEmpty();
        ChannelEvents.send(id, connected);

        Channel channel = awaitChannel(id, c -> c.maxTextLength != null);
        assertThat(channel.workspaceId).isEqualTo("acme");
        assertThat(channel.network).isEqualTo(Network.MASTODON);
        assertThat(channel.handle).isEqualTo("@brand@social.example");
        assertThat(channel.status).isEqualTo(ChannelStatus.ACTIVE);
        assertThat(channel.maxTextLength).isEqualTo(1000);
        assertThat(channel.zone).isEqualTo("Europe/Lisbon");

        String updated = ChannelEvents.updated(UUID.randomUUID().toString(), "acme", id, "MASTODON", "@brand@social.example",
                "NEEDS_RECONNECT", 5000, connectedAt.plusSeconds(30));
        assertThat(EventSchemas.violations(JSON.readTree(updated))).isEmpty();
        ChannelEvents.send(id, updated);
        channel = awaitChannel(id, c -> c.status == ChannelStatus.NEEDS_RECONNECT);
        assertThat(channel.maxTextLength).isEqualTo(5000);
    }

    @Test
    void duplicateAndOutOfOrderEventsChangeNothing() {
        String id = "bluesky-" + UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        String eventId = UUID.randomUUID().toString();
        ChannelEvents.send(id, ChannelEvents.connected(eventId, "acme", id, "BLUESKY", "brand.bsky.social", null, at));
        ChannelEvents.send(id, ChannelEvents.connected(eventId, "acme", id, "BLUESKY", "replayed.bsky.social", null, at));
        ChannelEvents.send(id, ChannelEvents.updated(UUID.randomUUID().toString(), "acme", id, "BLUESKY",
                "older.bsky.social", "PAUSED", null, at.minusSeconds(10)));
        String marker = UUID.randomUUID().toString();
        ChannelEvents.send(id, ChannelEvents.updated(marker, "acme", id, "BLUESKY", "brand.bsky.social", "ACTIVE", 300,
                at.plusSeconds(1)));

        Channel channel = awaitChannel(id, c -> Integer.valueOf(300).equals(c.maxTextLength));
        assertThat(channel.handle).isEqualTo("brand.bsky.social");
        assertThat(channel.status).isEqualTo(ChannelStatus.ACTIVE);
    }

    @Test
    void disconnectedChannelIsKeptAsDisconnected() {
        String id = "x-" + UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        ChannelEvents.send(id, ChannelEvents.connected(UUID.randomUUID().toString(), "acme", id, "X", "@brand", null, at));
        ChannelEvents.send(id, ChannelEvents.disconnected(UUID.randomUUID().toString(), "acme", id, "X", "@brand",
                at.plusSeconds(5)));

        Channel channel = awaitChannel(id, c -> c.status == ChannelStatus.DISCONNECTED);
        assertThat(channel.isConnected()).isFalse();
        assertThat(channel.network).isEqualTo(Network.X);
    }

    @Test
    void eventWithUnknownNetworkGoesToTheDeadLetterTopicAndLaterEventsStillApply() {
        String poisoned = "myspace-" + UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(KafkaTestResource.bootstrapServers());
        try (KafkaTestClient.TopicReader dlq = kafka.read(Topics.CHANNEL_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            ChannelEvents.send(poisoned, ChannelEvents.connected(UUID.randomUUID().toString(), "acme", poisoned,
                    "MYSPACE", "@brand", null, Instant.now()));
            String healthy = ChannelEvents.connect("acme", "THREADS", null);

            await().atMost(DELIVERY).until(() -> dlq.poll().stream().anyMatch(r -> poisoned.equals(r.key())));
            awaitChannel(healthy, c -> true);
            assertThat(find(poisoned)).isEmpty();
        }
    }

    private Channel awaitChannel(String id, java.util.function.Predicate<Channel> condition) {
        return await().atMost(DELIVERY).until(() -> find(id), found -> found.filter(condition).isPresent()).orElseThrow();
    }

    private Optional<Channel> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> channels.findByIdOptional(id));
    }
}
