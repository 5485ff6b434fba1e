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
import java.util.function.Supplier;

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
    private final Map<String, Deque<Supplier<PublishedPost>>> commentScripts = new ConcurrentHashMap<>();
    private final List<String> commentCalls = new CopyOnWriteArrayList<>();

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

    /** What the next first-comment calls on existing posts of a channel do; unscripted calls succeed. */
    @SafeVarargs
    public final void scriptComments(String channelId, Supplier<PublishedPost>... steps) {
        commentScripts.computeIfAbsent(channelId, id -> new ArrayDeque<>()).addAll(List.of(steps));
    }

    public long commentCalls(String channelId) {
        return commentCalls.stream().filter(channelId::equals).count();
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
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        commentCalls.add(channel.channelId());
        Deque<Supplier<PublishedPost>> script = commentScripts.get(channel.channelId());
        Supplier<PublishedPost> step = script == null ? null : script.poll();
        return step == null ? new PublishedPost("tt-comment-" + attemptId, null) : step.get();
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
