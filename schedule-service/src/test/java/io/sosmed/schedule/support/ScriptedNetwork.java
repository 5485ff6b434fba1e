package io.sosmed.schedule.support;

import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.Metrics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network for engine tests (TikTok, which has no real connector): it keeps the posts it "created" per channel, keyed by
 * attempt id as a real network keys an Idempotency-Key, and each channel can be scripted to fail its next calls.
 */
@ApplicationScoped
public class ScriptedNetwork implements NetworkConnector {

    /** What the next publish call on a channel does. */
    @FunctionalInterface
    public interface Step {

        PublishedPost run(ScriptedNetwork network, ChannelContext channel, Publication publication);
    }

    private final Map<String, Deque<Step>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Map<UUID, PublishedPost>> posts = new ConcurrentHashMap<>();
    private final List<String> publishCalls = new CopyOnWriteArrayList<>();
    private final List<String> lookupCalls = new CopyOnWriteArrayList<>();

    @Override
    public Network network() {
        return Network.TIKTOK;
    }

    public void script(String channelId, Step... steps) {
        scripts.computeIfAbsent(channelId, id -> new ArrayDeque<>()).addAll(List.of(steps));
    }

    /** Creates the post on the "network" (as a request that reached it would), idempotently per attempt id. */
    public PublishedPost create(ChannelContext channel, Publication publication) {
        return posts.computeIfAbsent(channel.channelId(), id -> new ConcurrentHashMap<>())
                .computeIfAbsent(publication.attemptId(), attempt -> {
                    String id = "tt-" + UUID.randomUUID();
                    return new PublishedPost(id, "https://tiktok.test/@" + channel.handle() + "/video/" + id);
                });
    }

    public int postsOn(String channelId) {
        return posts.getOrDefault(channelId, Map.of()).size();
    }

    public long publishCalls(String channelId) {
        return publishCalls.stream().filter(channelId::equals).count();
    }

    public long lookupCalls(String channelId) {
        return lookupCalls.stream().filter(channelId::equals).count();
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        publishCalls.add(channel.channelId());
        Deque<Step> script = scripts.get(channel.channelId());
        Step step = script == null ? null : script.poll();
        return step == null ? create(channel, publication) : step.run(this, channel, publication);
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        lookupCalls.add(channel.channelId());
        return Optional.ofNullable(posts.getOrDefault(channel.channelId(), Map.of()).get(publication.attemptId()));
    }

    @Override
    public void delete(ChannelContext channel, String externalId) {
        throw new UnsupportedOperationException("not used by engine tests");
    }

    @Override
    public Metrics postMetrics(ChannelContext channel, String externalId) {
        return new Metrics(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        return new Metrics(null, null, null, null, null, null, null, null, null);
    }

    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        return new InboxPage(List.of(), cursor);
    }

    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        throw new UnsupportedOperationException("not used by engine tests");
    }
}
