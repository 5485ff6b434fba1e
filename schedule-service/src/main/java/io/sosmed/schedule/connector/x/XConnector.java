package io.sosmed.schedule.connector.x;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.channel.AccountVerifier;
import io.sosmed.schedule.channel.ChannelLimits;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.connector.HtmlText;
import io.sosmed.schedule.connector.Multipart;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.MediaItem;
import io.sosmed.schedule.network.Metrics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkConnector;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * X API v2 (docs.x.com): {@code POST /2/tweets}, media through {@code POST /2/media/upload} with alt text from
 * {@code POST /2/media/metadata}, the first comment as a reply, {@code public_metrics}, the mentions timeline with a
 * {@code since_id} cursor. OAuth2 user tokens are refreshed with the refresh token when X answers 401.
 */
@ApplicationScoped
public class XConnector implements NetworkConnector, AccountVerifier {

    static final String ACCESS_TOKEN = "accessToken";
    static final String REFRESH_TOKEN = "refreshToken";
    static final int MAX_WEIGHTED_LENGTH = 280;
    static final int MAX_MEDIA = 4;
    private static final int LOOKUP_PAGE = 20;

    private final NetworkHttp http;
    private final URI api;
    private final Optional<String> clientId;
    private final Optional<String> clientSecret;

    @Inject
    public XConnector(NetworkHttp http, XConfig config) {
        this(http, config.apiUrl(), config.clientId(), config.clientSecret());
    }

    public XConnector(NetworkHttp http, URI api, Optional<String> clientId, Optional<String> clientSecret) {
        this.http = http;
        this.api = URI.create(api.toString().replaceAll("/$", ""));
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public Network network() {
        return Network.X;
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(ACCESS_TOKEN);
    }

    /** X has one API for every account; channels store no server URL. */
    @Override
    public String defaultInstanceUrl() {
        return null;
    }

    @Override
    public boolean federated() {
        return false;
    }

    /** A user access token (OAuth2, scopes tweet.read tweet.write users.read offline.access media.write). */
    @Override
    public VerifiedAccount verify(URI instanceUrl, Map<String, String> credentials) {
        JsonNode me = send(credentials.get(ACCESS_TOKEN), () -> get("/2/users/me"), false, "verify the access token")
                .json().path("data");
        Map<String, String> stored = new HashMap<>();
        stored.put(ACCESS_TOKEN, credentials.get(ACCESS_TOKEN));
        if (credentials.get(REFRESH_TOKEN) != null) {
            stored.put(REFRESH_TOKEN, credentials.get(REFRESH_TOKEN));
        }
        return new VerifiedAccount(me.path("id").asText(), "@" + me.path("username").asText(),
                me.path("name").asText(null), new ChannelLimits(MAX_WEIGHTED_LENGTH, MAX_MEDIA), stored, null);
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        XCall call = new XCall(channel);
        List<String> mediaIds = new ArrayList<>();
        for (MediaItem media : publication.media()) {
            mediaIds.add(upload(call, media));
        }
        ObjectNode tweet = http.mapper().createObjectNode().put("text", postText(publication));
        if (!mediaIds.isEmpty()) {
            tweet.putObject("media").putArray("media_ids").addAll(mediaIds.stream().map(tweet::textNode).toList());
        }
        JsonNode created = call.send(() -> postJson("/2/tweets", tweet), true, "publish the post").json().path("data");
        PublishedPost published = published(channel, created.path("id").asText());
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            try {
                replyTo(call, channel, published.externalId(), publication.firstComment(), "post the first comment");
            } catch (NetworkException e) {
                Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                        channel.workspaceId(), channel.channelId(), publication.postId(), published.externalId(),
                        e.getMessage());
                published = published.withFirstCommentFailure(e);
            }
        }
        return published;
    }

    private String upload(XCall call, MediaItem media) {
        String category = media.isVideo() ? "tweet_video" : "image/gif".equals(media.contentType()) ? "tweet_gif"
                : "tweet_image";
        JsonNode uploaded = call.send(() -> {
            Multipart form = new Multipart().field("media_category", category).field("media_type", media.contentType());
            try {
                form.file("media", media.mediaId().toString(), media.contentType(), media.open());
            } catch (IOException e) {
                throw NetworkException.retryable(Network.X, "media_unreadable",
                        "The media file " + media.mediaId() + " could not be read for X; it will be retried.", null);
            }
            return HttpRequest.newBuilder(url("/2/media/upload")).header("Content-Type", form.contentType())
                    .POST(form.publisher());
        }, false, "upload the media").json().path("data");
        String id = uploaded.path("id").asText();
        if (media.altText() != null && !media.altText().isBlank() && !media.isVideo()) {
            ObjectNode metadata = http.mapper().createObjectNode().put("id", id);
            metadata.putObject("metadata").putObject("alt_text").put("text", media.altText());
            call.send(() -> postJson("/2/media/metadata", metadata), false, "add the image description");
        }
        return id;
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        String expected = HtmlText.normalized(postText(publication));
        JsonNode tweets = new XCall(channel).send(() -> get("/2/users/" + encode(channel.accountId())
                + "/tweets?max_results=" + LOOKUP_PAGE + "&exclude=replies"), false, "look up recent posts")
                .json().path("data");
        for (JsonNode tweet : tweets) {
            if (HtmlText.normalized(tweet.path("text").asText()).equals(expected)) {
                return Optional.of(published(channel, tweet.path("id").asText()));
            }
        }
        return Optional.empty();
    }

    @Override
    public void delete(ChannelContext channel, String externalId) {
        try {
            new XCall(channel).send(() -> HttpRequest.newBuilder(url("/2/tweets/" + encode(externalId))).DELETE(), true,
                    "delete the post");
        } catch (NetworkException e) {
            if (e.httpStatus().orElse(0) != 404) {
                throw e;
            }
        }
    }

    @Override
    public Metrics postMetrics(ChannelContext channel, String externalId) {
        JsonNode metrics = new XCall(channel).send(() -> get("/2/tweets/" + encode(externalId)
                + "?tweet.fields=public_metrics"), false, "read the post's metrics").json().path("data")
                .path("public_metrics");
        return new Metrics(count(metrics, "impression_count"), null, count(metrics, "like_count"),
                count(metrics, "reply_count"), sum(count(metrics, "retweet_count"), count(metrics, "quote_count")),
                count(metrics, "bookmark_count"), null, null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode metrics = new XCall(channel).send(() -> get("/2/users/me?user.fields=public_metrics"), false,
                "read the account's metrics").json().path("data").path("public_metrics");
        return new Metrics(null, null, null, null, null, null, null, null, count(metrics, "followers_count"));
    }

    /** Mentions newer than the cursor (a post id), via the mentions timeline's {@code since_id}, oldest first. */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        String query = "/2/users/" + encode(channel.accountId()) + "/mentions?max_results=100"
                + "&tweet.fields=created_at,conversation_id,author_id,referenced_tweets"
                + "&expansions=author_id&user.fields=username,name"
                + (cursor == null ? "" : "&since_id=" + encode(cursor));
        JsonNode body = new XCall(channel).send(() -> get(query), false, "read the mentions").json();
        Map<String, JsonNode> users = new HashMap<>();
        body.path("includes").path("users").forEach(user -> users.put(user.path("id").asText(), user));
        List<InboxItem> items = new ArrayList<>();
        for (JsonNode tweet : body.path("data")) {
            String parent = null;
            for (JsonNode reference : tweet.path("referenced_tweets")) {
                if ("replied_to".equals(reference.path("type").asText())) {
                    parent = reference.path("id").asText();
                }
            }
            JsonNode author = users.getOrDefault(tweet.path("author_id").asText(), http.mapper().createObjectNode());
            String conversation = tweet.path("conversation_id").asText(null);
            items.add(new InboxItem(tweet.path("id").asText(), parent != null ? InboxItem.Kind.COMMENT
                    : InboxItem.Kind.MENTION,
                    new InboxItem.Author("@" + author.path("username").asText(tweet.path("author_id").asText()),
                            author.path("name").asText(null), tweet.path("author_id").asText()),
                    tweet.path("text").asText(), Instant.parse(tweet.path("created_at").asText()), parent,
                    conversation, parent != null ? conversation : null));
        }
        items.sort(Comparator.comparing(InboxItem::receivedAt));
        String newest = body.path("meta").path("newest_id").asText(null);
        return new InboxPage(items, newest != null ? newest : cursor);
    }

    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        return replyTo(new XCall(channel), channel, inReplyToExternalId, text, "send the reply");
    }

    /** The first comment is a reply to the post ({@code POST /2/tweets} with {@code reply.in_reply_to_tweet_id}). */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        return replyTo(new XCall(channel), channel, postExternalId, text, "post the first comment");
    }

    private PublishedPost replyTo(XCall call, ChannelContext channel, String tweetId, String text, String action) {
        ObjectNode reply = http.mapper().createObjectNode().put("text", text);
        reply.putObject("reply").put("in_reply_to_tweet_id", tweetId);
        return published(channel, call.send(() -> postJson("/2/tweets", reply), true, action).json().path("data")
                .path("id").asText());
    }

    static String postText(Publication publication) {
        String text = publication.text() == null ? "" : publication.text();
        String link = publication.link();
        if (link != null && !link.isBlank() && !text.contains(link)) {
            text = text.isBlank() ? link : text + "\n\n" + link;
        }
        return text;
    }

    private NetworkResponse send(String token, Supplier<HttpRequest.Builder> request, boolean changesState,
            String action) {
        NetworkResponse response = http.send(Network.X, request.get().header("Authorization", "Bearer " + token),
                changesState);
        if (!response.isSuccess()) {
            throw failure(response, action);
        }
        return response;
    }

    /**
     * X's problem bodies: {@code detail} (and {@code errors[].message} for invalid requests). Duplicate content is a
     * 403 that will never succeed; it is permanent like any other 403.
     */
    private NetworkException failure(NetworkResponse response, String action) {
        JsonNode body = response.json();
        String reason = body.path("errors").path(0).path("message").asText(null);
        if (reason == null) {
            reason = body.path("detail").asText(null);
        }
        return NetworkFailures.from(Network.X, response, action, reason, http.clock());
    }

    /** Exchanges the refresh token for new tokens (OAuth2 {@code refresh_token} grant on {@code /2/oauth2/token}). */
    private Map<String, String> refresh(ChannelContext channel) {
        String refreshToken = channel.credentials().get(REFRESH_TOKEN);
        if (refreshToken == null || clientId.isEmpty()) {
            return null;
        }
        String form = "grant_type=refresh_token&refresh_token=" + encode(refreshToken) + "&client_id="
                + encode(clientId.get());
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/2/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        clientSecret.ifPresent(secret -> request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((clientId.get() + ":" + secret).getBytes(StandardCharsets.UTF_8))));
        NetworkResponse response = http.send(Network.X, request, false);
        if (!response.isSuccess()) {
            Log.infof("X refused to refresh the token of channel %s (HTTP %d)", channel.channelId(), response.status());
            return null;
        }
        JsonNode tokens = response.json();
        Map<String, String> changed = new HashMap<>();
        changed.put(ACCESS_TOKEN, tokens.path("access_token").asText());
        if (tokens.hasNonNull("refresh_token")) {
            changed.put(REFRESH_TOKEN, tokens.path("refresh_token").asText());
        }
        channel.tokens().update(changed);
        return changed;
    }

    /** Calls for one channel during one operation; a 401 is answered once by refreshing the user token. */
    private final class XCall {

        private final ChannelContext channel;
        private String token;
        private boolean refreshed;

        XCall(ChannelContext channel) {
            this.channel = channel;
            this.token = channel.credential(ACCESS_TOKEN);
        }

        NetworkResponse send(Supplier<HttpRequest.Builder> request, boolean changesState, String action) {
            try {
                return XConnector.this.send(token, request, changesState, action);
            } catch (NetworkException e) {
                if (e.kind() != FailureKind.AUTH || refreshed) {
                    throw e;
                }
                refreshed = true;
                Map<String, String> tokens = refresh(channel);
                if (tokens == null) {
                    throw e;
                }
                token = tokens.get(ACCESS_TOKEN);
                return XConnector.this.send(token, request, changesState, action);
            }
        }
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(url(pathAndQuery)).GET();
    }

    private HttpRequest.Builder postJson(String path, JsonNode body) {
        return HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json").POST(http.json(body));
    }

    private URI url(String pathAndQuery) {
        return URI.create(api + pathAndQuery);
    }

    private static PublishedPost published(ChannelContext channel, String id) {
        return new PublishedPost(id, "https://x.com/" + channel.handle().replaceFirst("^@", "") + "/status/" + id);
    }

    private static Long count(JsonNode node, String field) {
        return node.has(field) && node.get(field).isNumber() ? node.get(field).asLong() : null;
    }

    private static Long sum(Long a, Long b) {
        return a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
