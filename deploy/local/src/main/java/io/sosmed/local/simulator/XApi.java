package io.sosmed.local.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * X API v2 as documented (docs.x.com): {@code /2/users/me}, {@code /2/tweets}, {@code /2/media/upload},
 * {@code /2/users/:id/mentions}, with its problem bodies and {@code x-rate-limit-*} headers (reset in epoch seconds).
 * Text length is counted in code points here; content-service validates X's weighted count before anything is sent.
 */
final class XApi implements SimulatedApi {

    private static final int MAX_LENGTH = 280;
    private static final int RATE_LIMIT = 100;

    private final Accounts accounts;

    XApi(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String prefix() {
        return "/x";
    }

    @Override
    public void handle(SimExchange exchange) throws IOException {
        exchange.header("x-rate-limit-limit", Integer.toString(RATE_LIMIT));
        exchange.header("x-rate-limit-reset", Long.toString(Instant.now().plusSeconds(900).getEpochSecond()));
        if (Accounts.rateLimited(exchange.bearer())) {
            exchange.header("x-rate-limit-remaining", "0");
            exchange.json(429, problem("Too Many Requests", "Too Many Requests", 429));
            return;
        }
        exchange.header("x-rate-limit-remaining", Integer.toString(RATE_LIMIT - 1));
        Optional<SimulatedAccount> account = accounts.forToken(exchange.bearer());
        if (account.isEmpty()) {
            exchange.json(401, problem("Unauthorized", "Unauthorized", 401));
            return;
        }
        SimulatedAccount me = account.get();
        List<String> path = exchange.segments();
        String route = exchange.method() + " " + String.join("/", path.subList(0, Math.min(path.size(), 2)));
        switch (route) {
            case "GET 2/users" -> users(exchange, me, path);
            case "POST 2/tweets" -> publish(exchange, me);
            case "GET 2/tweets" -> tweet(exchange, me, path);
            case "DELETE 2/tweets" -> delete(exchange, me, path);
            case "POST 2/media" -> media(exchange, me, path);
            default -> exchange.json(404, problem("Not Found Error", "The requested resource does not exist", 404));
        }
    }

    private void users(SimExchange exchange, SimulatedAccount me, List<String> path) throws IOException {
        if (path.size() == 3 && path.get(2).equals("me")) {
            exchange.json(200, Map.of("data", user(me)));
        } else if (path.size() == 4 && path.get(3).equals("mentions")) {
            mentions(exchange, me);
        } else {
            exchange.json(404, problem("Not Found Error", "Could not find user", 404));
        }
    }

    private void publish(SimExchange exchange, SimulatedAccount me) throws IOException {
        JsonNode body = exchange.jsonBody();
        String text = body.path("text").asText("");
        List<String> mediaIds = new ArrayList<>();
        body.path("media").path("media_ids").forEach(id -> mediaIds.add(id.asText()));
        String inReplyTo = body.path("reply").path("in_reply_to_tweet_id").asText(null);
        if (text.isBlank() && mediaIds.isEmpty()) {
            exchange.json(400, invalid("$.text", "Tweet text or media is required"));
            return;
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            exchange.json(400, invalid("$.text", "Tweet text is too long"));
            return;
        }
        if (me.ownPosts().stream().anyMatch(p -> p.text().equals(text) && !text.isBlank())) {
            exchange.json(403, problem("Forbidden", "You are not allowed to create a Tweet with duplicate content.",
                    403));
            return;
        }
        SimulatedAccount.Post post = me.publish(text, inReplyTo, mediaIds, null);
        exchange.json(201, Map.of("data", Map.of("id", post.id(), "text", post.text(),
                "edit_history_tweet_ids", List.of(post.id()))));
    }

    private void tweet(SimExchange exchange, SimulatedAccount me, List<String> path) throws IOException {
        Optional<SimulatedAccount.Post> post = path.size() == 3 ? me.post(path.get(2)) : Optional.empty();
        if (post.isEmpty()) {
            exchange.json(200, Map.of("errors", List.of(Map.of("value", path.size() == 3 ? path.get(2) : "",
                    "detail", "Could not find tweet", "title", "Not Found Error", "resource_type", "tweet",
                    "type", "https://api.twitter.com/2/problems/resource-not-found"))));
            return;
        }
        exchange.json(200, Map.of("data", tweetJson(me, post.get())));
    }

    private void delete(SimExchange exchange, SimulatedAccount me, List<String> path) throws IOException {
        boolean deleted = path.size() == 3 && me.delete(path.get(2)).isPresent();
        exchange.json(200, Map.of("data", Map.of("deleted", deleted)));
    }

    private void media(SimExchange exchange, SimulatedAccount me, List<String> path) throws IOException {
        String action = path.size() == 3 ? path.get(2) : "";
        if (action.equals("upload")) {
            upload(exchange, me);
        } else if (action.equals("metadata")) {
            JsonNode body = exchange.jsonBody();
            boolean known = me.media(body.path("id").asText()).isPresent();
            exchange.json(known ? 200 : 400, known ? Map.of("data", Map.of("associated_metadata", true))
                    : invalid("id", "Media id is unknown"));
        } else {
            exchange.json(404, problem("Not Found Error", "The requested resource does not exist", 404));
        }
    }

    private void upload(SimExchange exchange, SimulatedAccount me) throws IOException {
        Optional<Multipart> form = Multipart.parse(exchange.header("Content-Type").orElse(null), exchange.body());
        if (form.isEmpty()) {
            exchange.json(400, invalid("media", "media is required"));
            return;
        }
        SimulatedAccount.Media media = me.upload(form.get().fileContentType(), form.get().fileBytes(), null);
        exchange.json(200, Map.of("data", Map.of("id", media.id(), "media_key", "3_" + media.id(),
                "expires_after_secs", 86_400)));
    }

    private void mentions(SimExchange exchange, SimulatedAccount me) throws IOException {
        List<SimulatedAccount.Post> replies = me.repliesSince(exchange.parameter("since_id").orElse(null));
        if (replies.isEmpty()) {
            exchange.json(200, Map.of("meta", Map.of("result_count", 0)));
            return;
        }
        List<Map<String, Object>> data = new ArrayList<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (SimulatedAccount.Post reply : replies) {
            Map<String, Object> tweet = tweetJson(me, reply);
            data.add(0, tweet);
            users.add(Map.of("id", tweet.get("author_id"), "username", reply.authorHandle(), "name",
                    reply.authorName()));
        }
        exchange.json(200, Map.of("data", data, "includes", Map.of("users", users), "meta", Map.of(
                "result_count", data.size(), "newest_id", replies.get(replies.size() - 1).id(),
                "oldest_id", replies.get(0).id())));
    }

    private Map<String, Object> tweetJson(SimulatedAccount me, SimulatedAccount.Post post) {
        Instant now = me.now();
        Map<String, Object> tweet = new LinkedHashMap<>();
        tweet.put("id", post.id());
        tweet.put("text", post.text());
        tweet.put("created_at", post.createdAt().toString());
        tweet.put("author_id", post.ours() ? me.accountId()
                : Long.toString(2_000_000_000L + Math.floorMod(post.authorHandle().hashCode(), 1_000_000)));
        tweet.put("conversation_id", post.conversationId());
        if (post.inReplyToId() != null) {
            tweet.put("in_reply_to_user_id", me.accountId());
            tweet.put("referenced_tweets", List.of(Map.of("type", "replied_to", "id", post.inReplyToId())));
        }
        tweet.put("public_metrics", Map.of(
                "retweet_count", post.ours() ? SimulatedAudience.shares(post.id(), post.createdAt(), now) : 0,
                "reply_count", me.replyCount(post.id()),
                "like_count", post.ours() ? SimulatedAudience.likes(post.id(), post.createdAt(), now) : 0,
                "quote_count", 0, "bookmark_count", 0,
                "impression_count", post.ours() ? SimulatedAudience.impressions(post.id(), post.createdAt(), now)
                        : 0));
        return tweet;
    }

    private static Map<String, Object> user(SimulatedAccount me) {
        return Map.of("id", me.accountId(), "name", me.name(), "username", me.handle(), "public_metrics",
                Map.of("followers_count", me.followers(), "following_count", 150,
                        "tweet_count", me.ownPosts().size()));
    }

    private static Map<String, Object> problem(String title, String detail, int status) {
        return Map.of("title", title, "detail", detail, "type", "about:blank", "status", status);
    }

    private static Map<String, Object> invalid(String parameter, String message) {
        return Map.of("errors", List.of(Map.of("parameters", Map.of(parameter, List.of()), "message", message)),
                "title", "Invalid Request", "detail", "One or more parameters to your request was invalid.",
                "type", "https://api.twitter.com/2/problems/invalid-request");
    }
}
