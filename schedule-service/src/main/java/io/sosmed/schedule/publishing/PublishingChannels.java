package io.sosmed.schedule.publishing;

import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.ChannelSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The channels the engine publishes to, read and decrypted once per channel rather than once per publication: a burst
 * of thousands of variants on a few channels would otherwise re-read and decrypt the same rows thousands of times.
 * Entries live at most one engine pass and {@code schedule.publishing.channel-cache-ttl}, and are dropped as soon as
 * the engine learns they changed: an auth failure (the channel needs reconnecting) or credentials a connector refreshed.
 */
@ApplicationScoped
public class PublishingChannels {

    /** A channel as one publication sees it: its summary and, unless disconnected, its decrypted context. */
    record Access(Optional<ChannelSummary> summary, Optional<ChannelContext> context, long loadedAtNanos) {
    }

    private final ChannelDirectory channels;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<Key, Access> cache = new ConcurrentHashMap<>();

    @Inject
    public PublishingChannels(ChannelDirectory channels, PublishingConfig config) {
        this(channels, config.channelCacheTtl().toNanos(), System::nanoTime);
    }

    PublishingChannels(ChannelDirectory channels, long ttlNanos, LongSupplier nanoTime) {
        this.channels = channels;
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    /** The channel, from the cache while fresh; loaded (once, however many threads ask) otherwise. */
    Access get(String workspaceId, String channelId) {
        return cache.compute(new Key(workspaceId, channelId), (key, cached) ->
                cached != null && nanoTime.getAsLong() - cached.loadedAtNanos() < ttlNanos ? cached : load(key));
    }

    /** Forgets one channel: its status or credentials changed. */
    void invalidate(String workspaceId, String channelId) {
        cache.remove(new Key(workspaceId, channelId));
    }

    /** Forgets every channel: called at the start of each engine pass. */
    void clear() {
        cache.clear();
    }

    private Access load(Key key) {
        Optional<ChannelSummary> summary = channels.find(key.workspaceId(), key.channelId());
        Optional<ChannelContext> context = summary.isEmpty() ? Optional.empty()
                : channels.context(key.workspaceId(), key.channelId()).map(c -> invalidatingOnRefresh(key, c));
        return new Access(summary, context, nanoTime.getAsLong());
    }

    /** A connector that refreshed the channel's tokens stores them; the cached copy holds the old ones, so it goes. */
    private ChannelContext invalidatingOnRefresh(Key key, ChannelContext context) {
        return new ChannelContext(context.workspaceId(), context.channelId(), context.network(), context.baseUrl(),
                context.handle(), context.accountId(), context.credentials(), changed -> {
                    context.tokens().update(changed);
                    invalidate(key.workspaceId(), key.channelId());
                });
    }

    private record Key(String workspaceId, String channelId) {
    }
}
