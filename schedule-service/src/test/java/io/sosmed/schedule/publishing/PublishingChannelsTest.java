package io.sosmed.schedule.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.ChannelSummary;
import io.sosmed.schedule.network.Network;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PublishingChannelsTest {

    private final CountingDirectory directory = new CountingDirectory();
    private final AtomicLong nanos = new AtomicLong();
    private final PublishingChannels channels = new PublishingChannels(directory, Duration.ofSeconds(5).toNanos(), nanos::get);

    @Test
    void aChannelIsReadAndDecryptedOnceWhileFresh() {
        for (int i = 0; i < 100; i++) {
            assertThat(channels.get("acme", "c1").context()).isPresent();
        }
        channels.get("acme", "c2");
        assertThat(directory.contexts.get()).isEqualTo(2);
        assertThat(directory.finds.get()).isEqualTo(2);
    }

    @Test
    void anEntryOlderThanTheTtlOrClearedOrInvalidatedIsReadAgain() {
        channels.get("acme", "c1");
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        channels.get("acme", "c1");
        assertThat(directory.contexts.get()).isEqualTo(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        channels.get("acme", "c1");
        assertThat(directory.contexts.get()).as("expired").isEqualTo(2);

        channels.invalidate("acme", "c1");
        channels.get("acme", "c1");
        assertThat(directory.contexts.get()).as("invalidated").isEqualTo(3);

        channels.clear();
        channels.get("acme", "c1");
        assertThat(directory.contexts.get()).as("cleared").isEqualTo(4);
    }

    @Test
    void refreshedCredentialsAreStoredAndTheCachedCopyDropped() {
        ChannelContext cached = channels.get("acme", "c1").context().orElseThrow();
        cached.tokens().update(Map.of("accessToken", "new"));

        assertThat(directory.stored).containsExactly(Map.of("accessToken", "new"));
        assertThat(channels.get("acme", "c1").context().orElseThrow().credential("accessToken")).isEqualTo("new");
        assertThat(directory.contexts.get()).isEqualTo(2);
    }

    @Test
    void aDisconnectedChannelHasASummaryButNoContext() {
        directory.status = ChannelStatus.DISCONNECTED;
        PublishingChannels.Access access = channels.get("acme", "c1");
        assertThat(access.summary()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(ChannelStatus.DISCONNECTED));
        assertThat(access.context()).isEmpty();
    }

    private static final class CountingDirectory implements ChannelDirectory {

        final AtomicInteger finds = new AtomicInteger();
        final AtomicInteger contexts = new AtomicInteger();
        final List<Map<String, String>> stored = new ArrayList<>();
        volatile ChannelStatus status = ChannelStatus.ACTIVE;
        volatile String token = "old";

        @Override
        public Optional<ChannelSummary> find(String workspaceId, String channelId) {
            finds.incrementAndGet();
            return Optional.of(new ChannelSummary(workspaceId, channelId, Network.MASTODON, "@me", "UTC", status));
        }

        @Override
        public List<ChannelSummary> list(String workspaceId) {
            return List.of();
        }

        @Override
        public Optional<ChannelContext> context(String workspaceId, String channelId) {
            contexts.incrementAndGet();
            if (status == ChannelStatus.DISCONNECTED) {
                return Optional.empty();
            }
            return Optional.of(new ChannelContext(workspaceId, channelId, Network.MASTODON, URI.create("https://m.test"),
                    "@me", "1", Map.of("accessToken", token), changed -> {
                        stored.add(changed);
                        token = changed.get("accessToken");
                    }));
        }

        @Override
        public void markNeedsReconnect(String workspaceId, String channelId, String reason) {
        }
    }
}
