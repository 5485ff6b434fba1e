package io.sosmed.local.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated account's timeline: the posts published through the API, the media uploaded, and the followers'
 * replies that arrive after each post (materialised when someone looks). Thread-safe; state lives in memory only.
 */
final class SimulatedAccount {

    /** A post on the simulated network; {@code author} is the account's handle for our own posts. */
    record Post(String id, String text, Instant createdAt, String inReplyToId, String conversationId,
            List<String> mediaIds, String authorHandle, String authorName, boolean ours) {
    }

    record Media(String id, String contentType, long sizeBytes, String description) {
    }

    private final String accountId;
    private final String handle;
    private final String name;
    private final Clock clock;
    private final AtomicLong ids;
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final Map<String, Media> media = new HashMap<>();
    private final Map<String, String> byIdempotencyKey = new HashMap<>();
    private final Map<String, Integer> repliesMaterialised = new HashMap<>();
    /** Our top-level posts some of whose followers' replies are still to come, oldest first. */
    private final Map<String, Post> awaitingReplies = new LinkedHashMap<>();
    private final Map<String, Integer> replyCounts = new HashMap<>();

    SimulatedAccount(String accountId, String handle, String name, Clock clock, long firstId) {
        this.accountId = accountId;
        this.handle = handle;
        this.name = name;
        this.clock = clock;
        this.ids = new AtomicLong(firstId);
    }

    /** The network's id of the account, distinct per account. */
    String accountId() {
        return accountId;
    }

    String handle() {
        return handle;
    }

    String name() {
        return name;
    }

    Instant now() {
        return clock.instant();
    }

    /** Publishes a post of ours; the same idempotency key within the simulator's life returns the first post. */
    synchronized Post publish(String text, String inReplyToId, List<String> mediaIds, String idempotencyKey) {
        if (idempotencyKey != null && byIdempotencyKey.containsKey(idempotencyKey)) {
            return posts.get(byIdempotencyKey.get(idempotencyKey));
        }
        String id = nextId();
        String conversation = Optional.ofNullable(inReplyToId).map(posts::get).map(Post::conversationId).orElse(id);
        Post post = new Post(id, text, now(), inReplyToId, conversation, List.copyOf(mediaIds), handle, name, true);
        add(post);
        if (inReplyToId == null) {
            awaitingReplies.put(id, post);
        }
        if (idempotencyKey != null) {
            byIdempotencyKey.put(idempotencyKey, id);
        }
        return post;
    }

    synchronized Media upload(String contentType, long sizeBytes, String description) {
        Media item = new Media(nextId(), contentType, sizeBytes, description);
        media.put(item.id(), item);
        return item;
    }

    synchronized Optional<Media> media(String id) {
        return Optional.ofNullable(media.get(id));
    }

    synchronized Optional<Post> post(String id) {
        materialiseReplies();
        return Optional.ofNullable(posts.get(id));
    }

    synchronized Optional<Post> delete(String id) {
        Post post = posts.get(id);
        if (post == null || !post.ours()) {
            return Optional.empty();
        }
        posts.remove(id);
        awaitingReplies.remove(id);
        return Optional.of(post);
    }

    /** Our own posts, newest first. */
    synchronized List<Post> ownPosts() {
        List<Post> own = new ArrayList<>(posts.values().stream().filter(Post::ours).toList());
        java.util.Collections.reverse(own);
        return own;
    }

    /** Followers' replies with an id greater than {@code sinceId} (ids grow), oldest first. */
    synchronized List<Post> repliesSince(String sinceId) {
        materialiseReplies();
        long since = sinceId == null || sinceId.isBlank() ? 0 : Long.parseLong(sinceId);
        return posts.values().stream().filter(p -> !p.ours() && Long.parseLong(p.id()) > since).toList();
    }

    synchronized long replyCount(String postId) {
        materialiseReplies();
        return replyCounts.getOrDefault(postId, 0);
    }

    synchronized long followers() {
        return 1200 + posts.size() * 3L;
    }

    /** Adds the followers' replies that are due by now; only posts still waiting for some are looked at. */
    private void materialiseReplies() {
        Instant now = now();
        for (var waiting = awaitingReplies.values().iterator(); waiting.hasNext(); ) {
            Post post = waiting.next();
            int done = repliesMaterialised.getOrDefault(post.id(), 0);
            long due = SimulatedAudience.repliesDue(post.createdAt(), now);
            if (due == 0) {
                break; // posts are in publishing order: the later ones are not due either
            }
            for (int i = done; i < due; i++) {
                SimulatedAudience.Reply reply = SimulatedAudience.REPLIES.get(i);
                String id = nextId();
                add(new Post(id, "@" + handle + " " + reply.text(), post.createdAt().plus(reply.after()),
                        post.id(), post.conversationId(), List.of(), reply.handle(), reply.name(), false));
            }
            repliesMaterialised.put(post.id(), (int) Math.max(done, due));
            if (due >= SimulatedAudience.REPLIES.size()) {
                waiting.remove();
            }
        }
    }

    private void add(Post post) {
        posts.put(post.id(), post);
        if (post.inReplyToId() != null) {
            replyCounts.merge(post.inReplyToId(), 1, Integer::sum);
        }
    }

    private String nextId() {
        return Long.toString(ids.incrementAndGet());
    }
}
