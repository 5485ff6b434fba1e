package io.sosmed.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small social network on localhost that answers the Mastodon and X API v2 requests schedule-service makes, so a
 * newcomer can connect a channel, publish, and see metrics and comments arrive without internet. Any bearer token is
 * accepted; every post gets a comment a few seconds later and its likes grow with its age.
 */
public final class NetworkSimulator implements AutoCloseable {

    /** Where the local stack runs it; schedule-service's X API URL points here. */
    public static final int PORT = 8090;
    private static final Pattern STATUS = Pattern.compile("\"(?:status|text)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern IN_REPLY_TO = Pattern.compile("\"(?:in_reply_to_id|in_reply_to_tweet_id)\"\\s*:\\s*\"(\\d+)\"");
    private static final Duration COMMENT_AFTER = Duration.ofSeconds(5);
    private static final String ACCOUNT_ID = "1000";

    private final HttpServer server;
    private final Duration latency;
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 10);
    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    private final Map<String, String> idempotencyKeys = new ConcurrentHashMap<>();

    private record Post(String id, String text, Instant at, String inReplyTo, String network) {
    }

    /**
     * @param latency added to every answer, e.g. 100 ms to look like a real network in benchmarks
     */
    public NetworkSimulator(int port, Duration latency) throws IOException {
        this.latency = latency;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread thread = new Thread(r, "network-simulator");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            pause();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                respond(exchange, 401, "{\"error\":\"The access token is invalid\"}");
                return;
            }
            route(exchange, method, path, body);
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        String base = baseUrl();
        if (method.equals("GET") && path.equals("/api/v1/accounts/verify_credentials")) {
            respond(exchange, 200, "{\"id\":\"" + ACCOUNT_ID + "\",\"username\":\"newcomer\",\"acct\":\"newcomer\","
                    + "\"display_name\":\"Simulated Mastodon\",\"followers_count\":" + (100 + posts.size()) + "}");
        } else if (method.equals("GET") && path.equals("/api/v2/instance")) {
            respond(exchange, 200, "{\"domain\":\"localhost\",\"configuration\":{\"statuses\":{\"max_characters\":500,"
                    + "\"max_media_attachments\":4}}}");
        } else if (method.equals("POST") && path.equals("/api/v2/media")) {
            String id = next();
            respond(exchange, 200, "{\"id\":\"" + id + "\",\"type\":\"image\",\"url\":\"" + base + "/media/" + id + "\"}");
        } else if (method.equals("POST") && path.equals("/api/v1/statuses")) {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String id = key == null ? create(body, "MASTODON").id() : idempotencyKeys.computeIfAbsent(key,
                    k -> create(body, "MASTODON").id());
            respond(exchange, 200, mastodonStatus(posts.get(id)));
        } else if (method.equals("GET") && path.startsWith("/api/v1/statuses/")) {
            Post post = posts.get(path.substring("/api/v1/statuses/".length()));
            respond(exchange, post == null ? 404 : 200, post == null ? "{\"error\":\"Record not found\"}" : mastodonStatus(post));
        } else if (method.equals("DELETE") && path.startsWith("/api/v1/statuses/")) {
            Post removed = posts.remove(path.substring("/api/v1/statuses/".length()));
            respond(exchange, removed == null ? 404 : 200, removed == null ? "{\"error\":\"Record not found\"}" : "{}");
        } else if (method.equals("GET") && path.startsWith("/api/v1/accounts/") && path.endsWith("/statuses")) {
            respond(exchange, 200, "[" + String.join(",", own("MASTODON").stream().map(this::mastodonStatus).toList()) + "]");
        } else if (method.equals("GET") && path.equals("/api/v1/notifications")) {
            String minId = query(exchange, "min_id");
            respond(exchange, 200, "[" + String.join(",", comments("MASTODON").stream()
                    .filter(c -> minId == null || Long.parseLong(c.id()) > Long.parseLong(minId))
                    .map(this::mastodonMention).toList()) + "]");
        } else if (method.equals("GET") && path.equals("/2/users/me")) {
            respond(exchange, 200, "{\"data\":{\"id\":\"" + ACCOUNT_ID + "\",\"name\":\"Simulated X\",\"username\":\"newcomer\","
                    + "\"public_metrics\":{\"followers_count\":" + (100 + posts.size()) + "}}}");
        } else if (method.equals("POST") && path.equals("/2/media/upload")) {
            respond(exchange, 200, "{\"data\":{\"id\":\"" + next() + "\",\"media_key\":\"3_" + next() + "\"}}");
        } else if (method.equals("POST") && path.equals("/2/media/metadata")) {
            respond(exchange, 200, "{\"data\":{\"associated_metadata\":true}}");
        } else if (method.equals("POST") && path.equals("/2/tweets")) {
            Post post = create(body, "X");
            respond(exchange, 201, "{\"data\":{\"id\":\"" + post.id() + "\",\"text\":\"" + escape(post.text()) + "\"}}");
        } else if (method.equals("GET") && path.startsWith("/2/tweets/")) {
            Post post = posts.get(path.substring("/2/tweets/".length()));
            respond(exchange, post == null ? 404 : 200, post == null ? "{\"title\":\"Not Found Error\",\"detail\":\"Could not find tweet\"}"
                    : "{\"data\":{\"id\":\"" + post.id() + "\",\"text\":\"" + escape(post.text()) + "\",\"public_metrics\":"
                    + "{\"like_count\":" + likes(post) + ",\"reply_count\":" + replies(post) + ",\"retweet_count\":"
                    + likes(post) / 3 + ",\"quote_count\":0,\"bookmark_count\":0,\"impression_count\":" + likes(post) * 20 + "}}}");
        } else if (method.equals("DELETE") && path.startsWith("/2/tweets/")) {
            posts.remove(path.substring("/2/tweets/".length()));
            respond(exchange, 200, "{\"data\":{\"deleted\":true}}");
        } else if (method.equals("GET") && path.matches("/2/users/[^/]+/tweets")) {
            respond(exchange, 200, "{\"data\":[" + String.join(",", own("X").stream().map(p -> "{\"id\":\"" + p.id()
                    + "\",\"text\":\"" + escape(p.text()) + "\"}").toList()) + "]}");
        } else if (method.equals("GET") && path.matches("/2/users/[^/]+/mentions")) {
            respond(exchange, 200, xMentions(query(exchange, "since_id")));
        } else {
            respond(exchange, 404, "{\"error\":\"The simulator does not know " + method + " " + path + "\"}");
        }
    }

    private Post create(String body, String network) {
        Matcher text = STATUS.matcher(body);
        Matcher reply = IN_REPLY_TO.matcher(body);
        Post post = new Post(next(), text.find() ? unescape(text.group(1)) : "", Instant.now(),
                reply.find() ? reply.group(1) : null, network);
        posts.put(post.id(), post);
        return post;
    }

    private List<Post> own(String network) {
        return posts.values().stream().filter(p -> p.network().equals(network) && p.inReplyTo() == null)
                .sorted((a, b) -> b.at().compareTo(a.at())).toList();
    }

    /** Each own post receives one comment {@link #COMMENT_AFTER} after it was published; newest first. */
    private List<Post> comments(String network) {
        List<Post> comments = new ArrayList<>();
        for (Post post : own(network)) {
            Instant at = post.at().plus(COMMENT_AFTER);
            if (at.isBefore(Instant.now())) {
                comments.add(new Post(commentId(post), "Love this! What's next?", at, post.id(), network));
            }
        }
        return comments;
    }

    private String mastodonStatus(Post post) {
        return "{\"id\":\"" + post.id() + "\",\"url\":\"" + baseUrl() + "/@newcomer/" + post.id() + "\",\"created_at\":\""
                + post.at() + "\",\"visibility\":\"public\",\"content\":\"<p>" + escape(html(post.text())) + "</p>\","
                + "\"favourites_count\":" + likes(post) + ",\"reblogs_count\":" + likes(post) / 3 + ",\"replies_count\":"
                + replies(post) + ",\"account\":{\"id\":\"" + ACCOUNT_ID + "\",\"acct\":\"newcomer\"}}";
    }

    private String mastodonMention(Post comment) {
        String account = "{\"id\":\"2000\",\"acct\":\"fan@elsewhere.social\",\"display_name\":\"A Fan\"}";
        return "{\"id\":\"" + comment.id() + "\",\"type\":\"mention\",\"created_at\":\"" + comment.at() + "\",\"account\":"
                + account + ",\"status\":{\"id\":\"" + comment.id() + "\",\"visibility\":\"public\",\"in_reply_to_id\":\""
                + comment.inReplyTo() + "\",\"created_at\":\"" + comment.at() + "\",\"content\":\"<p>" + escape(comment.text())
                + "</p>\",\"account\":" + account + "}}";
    }

    private String xMentions(String sinceId) {
        List<Post> comments = comments("X").stream()
                .filter(c -> sinceId == null || Long.parseLong(c.id()) > Long.parseLong(sinceId)).toList();
        String data = String.join(",", comments.stream().map(c -> "{\"id\":\"" + c.id() + "\",\"text\":\"@newcomer "
                + escape(c.text()) + "\",\"author_id\":\"2000\",\"conversation_id\":\"" + c.inReplyTo()
                + "\",\"created_at\":\"" + c.at() + "\",\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\""
                + c.inReplyTo() + "\"}]}").toList());
        String newest = comments.stream().map(Post::id).max((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)))
                .map(id -> ",\"newest_id\":\"" + id + "\"").orElse("");
        return "{\"data\":[" + data + "],\"includes\":{\"users\":[{\"id\":\"2000\",\"name\":\"A Fan\",\"username\":\"fan\"}]},"
                + "\"meta\":{\"result_count\":" + comments.size() + newest + "}}";
    }

    /** A comment id that sorts after its post and stays the same on every poll. */
    private static String commentId(Post post) {
        return String.valueOf(Long.parseLong(post.id()) + 5);
    }

    private static long likes(Post post) {
        return Duration.between(post.at(), Instant.now()).toSeconds() / 10;
    }

    private long replies(Post post) {
        return post.at().plus(COMMENT_AFTER).isBefore(Instant.now()) ? 1 : 0;
    }

    private String next() {
        return String.valueOf(ids.addAndGet(10));
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    private void pause() {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
