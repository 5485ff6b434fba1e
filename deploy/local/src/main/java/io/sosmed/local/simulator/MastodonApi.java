package io.sosmed.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Mastodon server as its REST API documents it (docs.joinmastodon.org): verify_credentials, instance configuration,
 * media upload, statuses with {@code Idempotency-Key}, notifications, with Mastodon's error bodies
 * ({@code {"error": "..."}}) and {@code X-RateLimit-*} headers.
 */
final class MastodonApi implements SimulatedApi {

    static final int MAX_CHARACTERS = 500;
    private static final int RATE_LIMIT = 300;

    private final Accounts accounts;
    private final String publicBase;

    MastodonApi(Accounts accounts, String publicBase) {
        this.accounts = accounts;
        this.publicBase = publicBase;
    }

    @Override
    public String prefix() {
        return "/mastodon";
    }

    @Override
    public void handle(SimExchange exchange) throws IOException {
        exchange.header("X-RateLimit-Limit", Integer.toString(RATE_LIMIT));
        exchange.header("X-RateLimit-Reset", Instant.now().plus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        if (Accounts.rateLimited(exchange.bearer())) {
            exchange.header("X-RateLimit-Remaining", "0");
            exchange.json(429, Map.of("error", "Too many requests"));
            return;
        }
        exchange.header("X-RateLimit-Remaining", Integer.toString(RATE_LIMIT - 1));
        List<String> path = exchange.segments();
        String route = exchange.method() + " " + String.join("/", path.subList(0, Math.min(path.size(), 3)));
        if (route.equals("GET api/v2/instance")) {
            exchange.json(200, instance());
            return;
        }
        Optional<SimulatedAccount> account = accounts.forToken(exchange.bearer());
        if (account.isEmpty()) {
            exchange.json(401, Map.of("error", "The access token is invalid"));
            return;
        }
        SimulatedAccount me = account.get();
        switch (route) {
            case "GET api/v1/accounts" -> accountsRoute(exchange, me, path);
            case "POST api/v2/media" -> upload(exchange, me);
            case "GET api/v1/media" -> media(exchange, me, path);
            case "POST api/v1/statuses" -> publish(exchange, me);
            case "GET api/v1/statuses" -> withStatus(exchange, me, path, false);
            case "DELETE api/v1/statuses" -> withStatus(exchange, me, path, true);
            case "GET api/v1/notifications" -> notifications(exchange, me);
            default -> exchange.json(404, Map.of("error", "Record not found"));
        }
    }

    private void accountsRoute(SimExchange exchange, SimulatedAccount me, List<String> path) throws IOException {
        if (path.size() == 4 && path.get(3).equals("verify_credentials")) {
            exchange.json(200, account(me));
        } else if (path.size() == 5 && path.get(4).equals("statuses")) {
            exchange.json(200, me.ownPosts().stream().map(p -> status(me, p)).toList());
        } else {
            exchange.json(404, Map.of("error", "Record not found"));
        }
    }

    private void upload(SimExchange exchange, SimulatedAccount me) throws IOException {
        Optional<Multipart> form = Multipart.parse(exchange.header("Content-Type").orElse(null), exchange.body());
        if (form.isEmpty()) {
            exchange.json(422, Map.of("error", "Validation failed: File can't be blank"));
            return;
        }
        String type = form.get().fileContentType();
        if (!type.startsWith("image/") && !type.startsWith("video/")) {
            exchange.json(422, Map.of("error", "Validation failed: File content type is invalid"));
            return;
        }
        SimulatedAccount.Media media = me.upload(type, form.get().fileBytes(), form.get().fields().get("description"));
        exchange.json(200, attachment(media));
    }

    private void media(SimExchange exchange, SimulatedAccount me, List<String> path) throws IOException {
        Optional<SimulatedAccount.Media> media = path.size() == 4 ? me.media(path.get(3)) : Optional.empty();
        if (media.isEmpty()) {
            exchange.json(404, Map.of("error", "Record not found"));
        } else {
            exchange.json(200, attachment(media.get()));
        }
    }

    private void publish(SimExchange exchange, SimulatedAccount me) throws IOException {
        JsonNode json = exchange.header("Content-Type").orElse("").startsWith("application/json")
                ? exchange.jsonBody() : null;
        String text = json != null ? json.path("status").asText("") : exchange.parameter("status").orElse("");
        String inReplyTo = json != null ? emptyToNull(json.path("in_reply_to_id").asText(""))
                : exchange.parameter("in_reply_to_id").orElse(null);
        List<String> mediaIds = new ArrayList<>();
        if (json != null) {
            json.path("media_ids").forEach(id -> mediaIds.add(id.asText()));
        } else {
            mediaIds.addAll(exchange.parameters("media_ids[]"));
        }
        if (text.isBlank() && mediaIds.isEmpty()) {
            exchange.json(422, Map.of("error", "Validation failed: Text can't be blank"));
            return;
        }
        if (text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
            exchange.json(422, Map.of("error", "Validation failed: Text character limit of " + MAX_CHARACTERS
                    + " exceeded"));
            return;
        }
        for (String id : mediaIds) {
            if (me.media(id).isEmpty()) {
                exchange.json(422, Map.of("error", "Validation failed: Media attachment " + id + " not found"));
                return;
            }
        }
        if (inReplyTo != null && me.post(inReplyTo).isEmpty()) {
            exchange.json(404, Map.of("error", "Record not found"));
            return;
        }
        SimulatedAccount.Post post = me.publish(text, inReplyTo, mediaIds,
                exchange.header("Idempotency-Key").orElse(null));
        exchange.json(200, status(me, post));
    }

    private void withStatus(SimExchange exchange, SimulatedAccount me, List<String> path, boolean delete)
            throws IOException {
        Optional<SimulatedAccount.Post> post = path.size() == 4
                ? (delete ? me.delete(path.get(3)) : me.post(path.get(3))) : Optional.empty();
        if (post.isEmpty()) {
            exchange.json(404, Map.of("error", "Record not found"));
        } else {
            exchange.json(200, status(me, post.get()));
        }
    }

    private void notifications(SimExchange exchange, SimulatedAccount me) throws IOException {
        List<Map<String, Object>> notifications = new ArrayList<>();
        for (SimulatedAccount.Post reply : me.repliesSince(exchange.parameter("since_id")
                .or(() -> exchange.parameter("min_id")).orElse(null))) {
            Map<String, Object> notification = new LinkedHashMap<>();
            notification.put("id", reply.id());
            notification.put("type", "mention");
            notification.put("created_at", reply.createdAt().toString());
            notification.put("account", follower(reply));
            notification.put("status", status(me, reply));
            notifications.add(0, notification);
        }
        exchange.json(200, notifications);
    }

    private Map<String, Object> status(SimulatedAccount me, SimulatedAccount.Post post) {
        Instant now = me.now();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", post.id());
        status.put("created_at", post.createdAt().toString());
        status.put("in_reply_to_id", post.inReplyToId());
        status.put("visibility", "public");
        status.put("language", null);
        status.put("uri", publicBase + "/users/" + post.authorHandle() + "/statuses/" + post.id());
        status.put("url", publicBase + "/@" + post.authorHandle() + "/" + post.id());
        status.put("replies_count", me.replyCount(post.id()));
        status.put("reblogs_count", post.ours() ? SimulatedAudience.shares(post.id(), post.createdAt(), now) : 0);
        status.put("favourites_count", post.ours() ? SimulatedAudience.likes(post.id(), post.createdAt(), now) : 0);
        status.put("content", "<p>" + escape(post.text()) + "</p>");
        status.put("account", post.ours() ? account(me) : follower(post));
        status.put("media_attachments", post.mediaIds().stream().map(me::media).flatMap(Optional::stream)
                .map(this::attachment).toList());
        return status;
    }

    private Map<String, Object> account(SimulatedAccount me) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", me.accountId());
        account.put("username", me.handle());
        account.put("acct", me.handle());
        account.put("display_name", me.name());
        account.put("url", publicBase + "/@" + me.handle());
        account.put("followers_count", me.followers());
        account.put("following_count", 150);
        account.put("statuses_count", me.ownPosts().size());
        return account;
    }

    private Map<String, Object> follower(SimulatedAccount.Post post) {
        return Map.of("id", Integer.toString(Math.floorMod(post.authorHandle().hashCode(), 100_000)),
                "username", post.authorHandle(), "acct", post.authorHandle() + "@followers.example",
                "display_name", post.authorName(), "url", "https://followers.example/@" + post.authorHandle());
    }

    private Map<String, Object> attachment(SimulatedAccount.Media media) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("id", media.id());
        attachment.put("type", media.contentType().startsWith("video/") ? "video" : "image");
        attachment.put("url", publicBase + "/media/" + media.id());
        attachment.put("preview_url", publicBase + "/media/" + media.id() + "/small");
        attachment.put("description", media.description());
        return attachment;
    }

    private static Map<String, Object> instance() {
        return Map.of("domain", "mastodon.simulated", "title", "Sosmed simulated Mastodon",
                "configuration", Map.of("statuses", Map.of("max_characters", MAX_CHARACTERS,
                        "max_media_attachments", 4, "characters_reserved_per_url", 23)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
