package io.sosmed.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Bluesky PDS as its XRPC lexicons document it (docs.bsky.app): {@code com.atproto.server.createSession} and
 * {@code refreshSession}, {@code com.atproto.repo.uploadBlob / createRecord / deleteRecord / getRecord / listRecords},
 * {@code com.atproto.identity.resolveHandle}, {@code app.bsky.feed.getPosts}, {@code app.bsky.actor.getProfile} and
 * {@code app.bsky.notification.listNotifications}, with XRPC error bodies ({@code {"error","message"}}) and
 * {@code ratelimit-*} headers.
 *
 * <p>Records are kept as sent, so facets, image embeds with their alt text and link cards can be read back with
 * {@code getRecord} or {@code listRecords} (public, as on a real PDS). Any identifier signs in with any app password,
 * except the app password {@code expired} (refused) and the identifier {@code ratelimited} (signs in, then every call
 * is out of budget).
 */
final class BlueskyApi implements SimulatedApi {

    static final int MAX_GRAPHEMES = 300;
    static final int MAX_BLOB_BYTES = 1_000_000;
    private static final String POST = "app.bsky.feed.post";
    private static final int RATE_LIMIT = 3000;

    private final Clock clock;
    private final long firstId;
    private final Map<String, SimulatedAccount> byIdentifier = new HashMap<>();
    private final Map<String, String> identifierByJwt = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> records = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> blobs = new ConcurrentHashMap<>();

    BlueskyApi(Clock clock, long firstId) {
        this.clock = clock;
        this.firstId = firstId;
    }

    @Override
    public String prefix() {
        return "/bluesky";
    }

    @Override
    public void handle(SimExchange exchange) throws IOException {
        List<String> path = exchange.segments();
        String method = path.size() == 2 && path.get(0).equals("xrpc") ? path.get(1) : "";
        exchange.header("ratelimit-limit", Integer.toString(RATE_LIMIT));
        exchange.header("ratelimit-policy", RATE_LIMIT + ";w=300");
        exchange.header("ratelimit-reset", Long.toString(clock.instant().plusSeconds(300).getEpochSecond()));
        switch (method) {
            case "com.atproto.server.createSession" -> createSession(exchange);
            case "com.atproto.server.refreshSession" -> refreshSession(exchange);
            case "com.atproto.repo.listRecords" -> listRecords(exchange);
            case "com.atproto.repo.getRecord" -> getRecord(exchange);
            case "com.atproto.identity.resolveHandle" -> resolveHandle(exchange);
            case "" -> error(exchange, 404, "MethodNotImplemented", "Not an XRPC path");
            default -> authenticated(exchange, method);
        }
    }

    private void authenticated(SimExchange exchange, String method) throws IOException {
        Optional<String> identifier = exchange.bearer().map(identifierByJwt::get);
        if (identifier.isEmpty()) {
            error(exchange, 400, "ExpiredToken", "Token has expired");
            return;
        }
        if (identifier.get().equals(Accounts.RATE_LIMITED)) {
            exchange.header("ratelimit-remaining", "0");
            error(exchange, 429, "RateLimitExceeded", "Rate Limit Exceeded");
            return;
        }
        exchange.header("ratelimit-remaining", Integer.toString(RATE_LIMIT - 1));
        SimulatedAccount me = account(identifier.get());
        switch (method) {
            case "com.atproto.repo.uploadBlob" -> uploadBlob(exchange, me);
            case "com.atproto.repo.createRecord" -> createRecord(exchange, me);
            case "com.atproto.repo.deleteRecord" -> deleteRecord(exchange, me);
            case "app.bsky.feed.getPosts" -> getPosts(exchange);
            case "app.bsky.actor.getProfile" -> getProfile(exchange, me);
            case "app.bsky.notification.listNotifications" -> listNotifications(exchange, me);
            default -> error(exchange, 501, "MethodNotImplemented", "Method Not Implemented");
        }
    }

    private void createSession(SimExchange exchange) throws IOException {
        JsonNode body = exchange.jsonBody();
        String identifier = body.path("identifier").asText("");
        String password = body.path("password").asText("");
        if (identifier.isBlank() || password.isBlank()) {
            error(exchange, 400, "InvalidRequest", "Input must have the properties \"identifier\", \"password\"");
            return;
        }
        if (password.equals(Accounts.EXPIRED)) {
            error(exchange, 401, "AuthenticationRequired", "Invalid identifier or password");
            return;
        }
        exchange.json(200, session(identifier));
    }

    private void refreshSession(SimExchange exchange) throws IOException {
        Optional<String> identifier = exchange.bearer().filter(t -> t.startsWith("refresh-"))
                .map(identifierByJwt::get);
        if (identifier.isEmpty()) {
            error(exchange, 400, "ExpiredToken", "Token has expired");
            return;
        }
        exchange.json(200, session(identifier.get()));
    }

    private Map<String, Object> session(String identifier) {
        SimulatedAccount account = account(identifier);
        String serial = Long.toString(clock.millis()) + "-" + identifierByJwt.size();
        String accessJwt = "access-" + serial;
        String refreshJwt = "refresh-" + serial;
        identifierByJwt.put(accessJwt, identifier);
        identifierByJwt.put(refreshJwt, identifier);
        return Map.of("did", did(account), "handle", account.handle(), "accessJwt", accessJwt,
                "refreshJwt", refreshJwt, "active", true);
    }

    private void uploadBlob(SimExchange exchange, SimulatedAccount me) throws IOException {
        String type = exchange.header("Content-Type").orElse("");
        byte[] bytes = exchange.body();
        if (bytes.length > MAX_BLOB_BYTES) {
            error(exchange, 400, "BlobTooLarge", "This file is too large. It is " + bytes.length
                    + " bytes but the maximum size is " + MAX_BLOB_BYTES + " bytes.");
            return;
        }
        SimulatedAccount.Media media = me.upload(type, bytes.length, null);
        ObjectNode blob = SimExchange.JSON.createObjectNode().put("$type", "blob");
        blob.putObject("ref").put("$link", cid("blob", media.id()));
        blob.put("mimeType", type).put("size", bytes.length);
        blobs.put(blob.path("ref").path("$link").asText(), blob);
        exchange.json(200, Map.of("blob", blob));
    }

    private void createRecord(SimExchange exchange, SimulatedAccount me) throws IOException {
        JsonNode body = exchange.jsonBody();
        if (!body.path("repo").asText().equals(did(me)) && !body.path("repo").asText().equals(me.handle())) {
            error(exchange, 400, "InvalidRequest", "Input/repo must be the signed-in account");
            return;
        }
        if (!body.path("collection").asText().equals(POST) || !body.path("record").isObject()) {
            error(exchange, 400, "InvalidRequest", "Sosmed's simulator stores " + POST + " records only");
            return;
        }
        ObjectNode record = (ObjectNode) body.path("record");
        Optional<String> invalid = invalidPost(record);
        if (invalid.isPresent()) {
            error(exchange, 400, "InvalidRequest", "Invalid app.bsky.feed.post record: " + invalid.get());
            return;
        }
        String parentUri = record.path("reply").path("parent").path("uri").asText(null);
        String parentId = parentUri == null ? null : rkey(parentUri);
        if (parentId != null && me.post(parentId).isEmpty()) {
            error(exchange, 400, "InvalidRequest", "Could not locate record: " + parentUri);
            return;
        }
        SimulatedAccount.Post post = me.publish(record.path("text").asText(""), parentId, List.of(), null);
        String uri = uri(me, post.id());
        records.put(uri, record);
        exchange.json(200, Map.of("uri", uri, "cid", cid("record", post.id()), "validationStatus", "valid"));
    }

    /** The lexicon's limits: 300 graphemes of text, facets inside the text's UTF-8 bytes, images uploaded first. */
    private Optional<String> invalidPost(ObjectNode record) {
        String text = record.path("text").asText("");
        if (graphemes(text) > MAX_GRAPHEMES) {
            return Optional.of("Record/text must not be longer than " + MAX_GRAPHEMES + " graphemes");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        for (JsonNode facet : record.path("facets")) {
            int start = facet.path("index").path("byteStart").asInt(-1);
            int end = facet.path("index").path("byteEnd").asInt(-1);
            if (start < 0 || end <= start || end > bytes) {
                return Optional.of("Record/facets index [" + start + ", " + end + ") is outside the text's " + bytes
                        + " bytes");
            }
        }
        for (JsonNode image : record.path("embed").path("images")) {
            if (!image.has("alt")) {
                return Optional.of("Record/embed/images must have the property \"alt\"");
            }
            if (!blobs.containsKey(image.path("image").path("ref").path("$link").asText())) {
                return Optional.of("Could not find blob: " + image.path("image").path("ref").path("$link").asText());
            }
        }
        return Optional.empty();
    }

    private void deleteRecord(SimExchange exchange, SimulatedAccount me) throws IOException {
        String rkey = exchange.jsonBody().path("rkey").asText("");
        me.delete(rkey);
        records.remove(uri(me, rkey));
        exchange.json(200, Map.of());
    }

    private void listRecords(SimExchange exchange) throws IOException {
        Optional<SimulatedAccount> account = exchange.parameter("repo").flatMap(this::byRepo);
        if (account.isEmpty()) {
            error(exchange, 400, "InvalidRequest", "Could not find repo: " + exchange.parameter("repo").orElse(""));
            return;
        }
        int limit = exchange.parameter("limit").map(Integer::parseInt).orElse(50);
        SimulatedAccount me = account.get();
        List<Map<String, Object>> listed = me.ownPosts().stream().limit(limit)
                .map(p -> recordView(me, p)).toList();
        exchange.json(200, Map.of("records", listed));
    }

    private void getRecord(SimExchange exchange) throws IOException {
        Optional<SimulatedAccount> account = exchange.parameter("repo").flatMap(this::byRepo);
        Optional<SimulatedAccount.Post> post = account.flatMap(a -> exchange.parameter("rkey").flatMap(a::post));
        if (post.isEmpty()) {
            error(exchange, 400, "RecordNotFound", "Could not locate record");
            return;
        }
        exchange.json(200, recordView(account.get(), post.get()));
    }

    private void resolveHandle(SimExchange exchange) throws IOException {
        Optional<SimulatedAccount> account = exchange.parameter("handle").flatMap(this::byRepo);
        if (account.isEmpty()) {
            error(exchange, 400, "InvalidRequest", "Unable to resolve handle");
            return;
        }
        exchange.json(200, Map.of("did", did(account.get())));
    }

    private void getPosts(SimExchange exchange) throws IOException {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (String uri : exchange.parameters("uris")) {
            String[] parts = uri.replace("at://", "").split("/");
            Optional<SimulatedAccount> account = parts.length == 3 ? byRepo(parts[0]) : Optional.empty();
            account.flatMap(a -> a.post(parts[2]).map(p -> postView(a, p))).ifPresent(posts::add);
        }
        exchange.json(200, Map.of("posts", posts));
    }

    private void getProfile(SimExchange exchange, SimulatedAccount me) throws IOException {
        SimulatedAccount account = exchange.parameter("actor").flatMap(this::byRepo).orElse(me);
        exchange.json(200, Map.of("did", did(account), "handle", account.handle(), "displayName", account.name(),
                "followersCount", account.followers(), "followsCount", 150, "postsCount", account.ownPosts().size()));
    }

    /** Replies to our posts, newest first; {@code cursor} is the number of notifications already listed. */
    private void listNotifications(SimExchange exchange, SimulatedAccount me) throws IOException {
        List<SimulatedAccount.Post> replies = new ArrayList<>(me.repliesSince(null));
        java.util.Collections.reverse(replies);
        int offset = exchange.parameter("cursor").map(Integer::parseInt).orElse(0);
        int limit = exchange.parameter("limit").map(Integer::parseInt).orElse(50);
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (SimulatedAccount.Post reply : replies.subList(Math.min(offset, replies.size()),
                Math.min(offset + limit, replies.size()))) {
            Map<String, Object> notification = new LinkedHashMap<>();
            notification.put("uri", uri(me, reply.id()));
            notification.put("cid", cid("record", reply.id()));
            notification.put("author", follower(reply));
            notification.put("reason", "reply");
            notification.put("reasonSubject", uri(me, reply.inReplyToId()));
            notification.put("record", record(me, reply));
            notification.put("isRead", false);
            notification.put("indexedAt", reply.createdAt().toString());
            notifications.add(notification);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("notifications", notifications);
        if (offset + limit < replies.size()) {
            page.put("cursor", Integer.toString(offset + limit));
        }
        exchange.json(200, page);
    }

    private Map<String, Object> postView(SimulatedAccount me, SimulatedAccount.Post post) {
        Instant now = me.now();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("uri", uri(me, post.id()));
        view.put("cid", cid("record", post.id()));
        view.put("author", post.ours() ? Map.of("did", did(me), "handle", me.handle(), "displayName", me.name())
                : follower(post));
        view.put("record", record(me, post));
        view.put("replyCount", me.replyCount(post.id()));
        view.put("repostCount", post.ours() ? SimulatedAudience.shares(post.id(), post.createdAt(), now) : 0);
        view.put("likeCount", post.ours() ? SimulatedAudience.likes(post.id(), post.createdAt(), now) : 0);
        view.put("quoteCount", 0);
        view.put("indexedAt", post.createdAt().toString());
        return view;
    }

    private Map<String, Object> recordView(SimulatedAccount me, SimulatedAccount.Post post) {
        return Map.of("uri", uri(me, post.id()), "cid", cid("record", post.id()), "value", record(me, post));
    }

    /** The record as it was created; followers' replies are built with their reply references. */
    private Object record(SimulatedAccount me, SimulatedAccount.Post post) {
        ObjectNode stored = records.get(uri(me, post.id()));
        if (stored != null) {
            return stored;
        }
        ObjectNode record = SimExchange.JSON.createObjectNode().put("$type", POST).put("text", post.text())
                .put("createdAt", post.createdAt().toString());
        if (post.inReplyToId() != null) {
            ObjectNode reply = record.putObject("reply");
            reply.putObject("root").put("uri", uri(me, post.conversationId()))
                    .put("cid", cid("record", post.conversationId()));
            reply.putObject("parent").put("uri", uri(me, post.inReplyToId()))
                    .put("cid", cid("record", post.inReplyToId()));
        }
        return record;
    }

    private static Map<String, Object> follower(SimulatedAccount.Post post) {
        return Map.of("did", "did:plc:follower" + Math.floorMod(post.authorHandle().hashCode(), 100_000),
                "handle", post.authorHandle() + ".followers.example", "displayName", post.authorName());
    }

    private synchronized SimulatedAccount account(String identifier) {
        return byIdentifier.computeIfAbsent(identifier, id -> {
            long number = byIdentifier.size() + 1;
            String handle = id.contains(".") ? id : id + ".bsky.simulated";
            return new SimulatedAccount(Long.toString(firstId + number), handle, handle, clock,
                    firstId + number * 1_000_000L);
        });
    }

    /** The account whose DID or handle this is. */
    private synchronized Optional<SimulatedAccount> byRepo(String repo) {
        return byIdentifier.values().stream().filter(a -> did(a).equals(repo) || a.handle().equals(repo)).findFirst();
    }

    private static String did(SimulatedAccount account) {
        return "did:plc:sim" + account.accountId();
    }

    private static String uri(SimulatedAccount account, String rkey) {
        return "at://" + did(account) + "/" + POST + "/" + rkey;
    }

    private static String rkey(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** A content id shaped like Bluesky's (base32, {@code bafyrei...}); unique per record or blob. */
    private static String cid(String kind, String id) {
        StringBuilder cid = new StringBuilder(kind.equals("blob") ? "bafkrei" : "bafyrei");
        for (char c : (kind + id).toCharArray()) {
            cid.append((char) ('a' + Math.floorMod(c, 26)));
        }
        return cid.toString();
    }

    private static int graphemes(String text) {
        BreakIterator iterator = BreakIterator.getCharacterInstance();
        iterator.setText(text);
        int count = 0;
        while (iterator.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static void error(SimExchange exchange, int status, String error, String message) throws IOException {
        exchange.json(status, Map.of("error", error, "message", message));
    }
}
