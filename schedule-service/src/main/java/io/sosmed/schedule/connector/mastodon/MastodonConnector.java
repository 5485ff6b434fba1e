package io.sosmed.schedule.connector.mastodon;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mastodon's REST API (docs.joinmastodon.org/methods): statuses with an {@code Idempotency-Key}, media through
 * {@code /api/v2/media} with alt text, the first comment as a reply, mentions from notifications. The server is per
 * channel; the access token needs the {@code read write} scopes.
 */
@ApplicationScoped
public class MastodonConnector implements NetworkConnector, AccountVerifier {

    static final String ACCESS_TOKEN = "accessToken";
    static final int DEFAULT_MAX_CHARACTERS = 500;
    static final int DEFAULT_MAX_MEDIA = 4;
    private static final int INBOX_PAGE = 40;
    private static final int LOOKUP_PAGE = 40;

    private final NetworkHttp http;
    private final Duration mediaPollInterval;
    private final int mediaPollAttempts;

    @Inject
    public MastodonConnector(NetworkHttp http,
            @ConfigProperty(name = "sosmed.connector.mastodon.media-poll-interval", defaultValue = "PT1S")
            Duration mediaPollInterval,
            @ConfigProperty(name = "sosmed.connector.mastodon.media-poll-attempts", defaultValue = "30")
            int mediaPollAttempts) {
        this.http = http;
        this.mediaPollInterval = mediaPollInterval;
        this.mediaPollAttempts = mediaPollAttempts;
    }

    @Override
    public Network network() {
        return Network.MASTODON;
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(ACCESS_TOKEN);
    }

    @Override
    public String defaultInstanceUrl() {
        return null;
    }

    @Override
    public VerifiedAccount verify(URI instanceUrl, Map<String, String> credentials) {
        String token = credentials.get(ACCESS_TOKEN);
        JsonNode account = call(token, at(instanceUrl, "/api/v1/accounts/verify_credentials"), false,
                "verify the access token").json();
        ChannelLimits limits = instanceLimits(instanceUrl, token);
        String handle = "@" + account.path("acct").asText() + "@" + instanceUrl.getHost();
        String displayName = account.path("display_name").asText("");
        return new VerifiedAccount(account.path("id").asText(), handle,
                displayName.isBlank() ? handle : displayName, limits, Map.of(ACCESS_TOKEN, token), null);
    }

    /** The server's own limits ({@code configuration.statuses} of {@code /api/v2/instance}); defaults if it has none. */
    private ChannelLimits instanceLimits(URI instanceUrl, String token) {
        try {
            JsonNode statuses = call(token, at(instanceUrl, "/api/v2/instance"), false, "read the server's limits")
                    .json().path("configuration").path("statuses");
            return new ChannelLimits(statuses.path("max_characters").asInt(DEFAULT_MAX_CHARACTERS),
                    statuses.path("max_media_attachments").asInt(DEFAULT_MAX_MEDIA));
        } catch (NetworkException e) {
            if (e.kind() == FailureKind.PERMANENT) {
                Log.infof("Mastodon server %s has no /api/v2/instance (%s); using the default limits",
                        instanceUrl.getHost(), e.code());
                return new ChannelLimits(DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_MEDIA);
            }
            throw e;
        }
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        List<String> mediaIds = new ArrayList<>();
        for (MediaItem media : publication.media()) {
            mediaIds.add(upload(channel, media));
        }
        ObjectNode status = http.mapper().createObjectNode().put("status", statusText(publication));
        status.putArray("media_ids").addAll(mediaIds.stream().map(id -> status.textNode(id)).toList());
        option(status, "visibility", publication.option("visibility"));
        option(status, "language", publication.option("language"));
        option(status, "spoiler_text", publication.option("spoilerText"));
        if (Boolean.parseBoolean(publication.option("sensitive"))) {
            status.put("sensitive", true);
        }
        JsonNode created = call(channel, postJson(channel, "/api/v1/statuses", status)
                .header("Idempotency-Key", publication.attemptId().toString()), true, "publish the post").json();
        PublishedPost published = published(created);
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            return firstComment(channel, publication, published, created);
        }
        return published;
    }

    /** The first comment is a reply to the new post; the post stays published when the comment fails (noted on it). */
    private PublishedPost firstComment(ChannelContext channel, Publication publication, PublishedPost published,
            JsonNode created) {
        ObjectNode reply = http.mapper().createObjectNode()
                .put("status", publication.firstComment())
                .put("in_reply_to_id", published.externalId())
                .put("visibility", created.path("visibility").asText("public"));
        try {
            call(channel, postJson(channel, "/api/v1/statuses", reply)
                    .header("Idempotency-Key", publication.attemptId() + "-first-comment"), true, "post the first comment");
            return published;
        } catch (NetworkException e) {
            Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                    channel.workspaceId(), channel.channelId(), publication.postId(), published.externalId(),
                    e.getMessage());
            return published.withFirstCommentFailure(e);
        }
    }

    /**
     * The first comment of a published status: a reply with the status's visibility ({@code GET /api/v1/statuses/:id}),
     * sent with the comment attempt as {@code Idempotency-Key}, so a repeated attempt answers with the same reply.
     */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        JsonNode status = call(channel, get(channel, "/api/v1/statuses/" + encode(postExternalId)), false,
                "read the post to comment on").json();
        ObjectNode reply = http.mapper().createObjectNode()
                .put("status", text)
                .put("in_reply_to_id", postExternalId)
                .put("visibility", status.path("visibility").asText("public"));
        return published(call(channel, postJson(channel, "/api/v1/statuses", reply)
                .header("Idempotency-Key", attemptId.toString()), true, "post the first comment").json());
    }

    private String upload(ChannelContext channel, MediaItem media) {
        Multipart form = new Multipart();
        try {
            form.file("file", media.mediaId() + extension(media.contentType()), media.contentType(), media.open());
        } catch (IOException e) {
            throw NetworkException.retryable(Network.MASTODON, "media_unreadable",
                    "The media file " + media.mediaId() + " could not be read for Mastodon; it will be retried.", null);
        }
        if (media.altText() != null && !media.altText().isBlank()) {
            form.field("description", media.altText());
        }
        NetworkResponse response = call(channel, at(channel.baseUrl(), "/api/v2/media")
                .header("Content-Type", form.contentType())
                .POST(form.publisher()), true, "upload the media");
        JsonNode attachment = response.json();
        String id = attachment.path("id").asText();
        if (response.status() == 202 || attachment.path("url").isNull()) {
            awaitProcessed(channel, id);
        }
        return id;
    }

    /** Media answered 202 is processed in the background; the status may only attach it once it has a URL. */
    private void awaitProcessed(ChannelContext channel, String mediaId) {
        for (int attempt = 0; attempt < mediaPollAttempts; attempt++) {
            pause();
            NetworkResponse response = call(channel, get(channel, "/api/v1/media/" + mediaId), false, "check the media");
            if (response.status() == 200 && !response.json().path("url").isNull()) {
                return;
            }
        }
        throw NetworkException.retryable(Network.MASTODON, "media_processing",
                "Mastodon is still processing the media " + mediaId + "; the post will be retried.", null);
    }

    /** Mastodon keeps an {@code Idempotency-Key} for an hour and answers a repeat with the first status. */
    @Override
    public boolean deduplicatesRepeatedAttempts() {
        return true;
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        String expected = HtmlText.normalized(statusText(publication));
        JsonNode statuses = call(channel, get(channel, "/api/v1/accounts/" + encode(channel.accountId())
                + "/statuses?exclude_replies=true&limit=" + LOOKUP_PAGE), false, "look up recent posts").json();
        for (JsonNode status : statuses) {
            if (HtmlText.normalized(HtmlText.plain(status.path("content").asText())).equals(expected)) {
                return Optional.of(published(status));
            }
        }
        return Optional.empty();
    }

    @Override
    public void delete(ChannelContext channel, String externalId) {
        try {
            call(channel, at(channel.baseUrl(), "/api/v1/statuses/" + encode(externalId)).DELETE(), true,
                    "delete the post");
        } catch (NetworkException e) {
            if (e.httpStatus().orElse(0) != 404) {
                throw e;
            }
            Log.infof("Mastodon post %s of channel %s was already gone", externalId, channel.channelId());
        }
    }

    @Override
    public Metrics postMetrics(ChannelContext channel, String externalId) {
        JsonNode status = call(channel, get(channel, "/api/v1/statuses/" + encode(externalId)), false,
                "read the post's counts").json();
        return new Metrics(null, null, count(status, "favourites_count"), count(status, "replies_count"),
                count(status, "reblogs_count"), null, null, null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode account = call(channel, get(channel, "/api/v1/accounts/verify_credentials"), false,
                "read the account's counts").json();
        return new Metrics(null, null, null, null, null, null, null, null, count(account, "followers_count"));
    }

    /**
     * Mentions (replies and direct messages mention the account) from the notifications, oldest first. The cursor is
     * the newest notification id seen; {@code min_id} returns the page right after it, so bursts are not skipped.
     */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        String query = "/api/v1/notifications?types%5B%5D=mention&limit=" + INBOX_PAGE
                + (cursor == null ? "" : "&min_id=" + encode(cursor));
        JsonNode notifications = call(channel, get(channel, query), false, "read the notifications").json();
        List<InboxItem> items = new ArrayList<>();
        String newest = cursor;
        for (JsonNode notification : notifications) {
            String id = notification.path("id").asText();
            if (newest == null || MastodonIds.newer(id, newest)) {
                newest = id;
            }
            JsonNode status = notification.path("status");
            if ("mention".equals(notification.path("type").asText()) && status.isObject()) {
                items.add(inboxItem(status));
            }
        }
        items.sort(java.util.Comparator.comparing(InboxItem::receivedAt));
        return new InboxPage(items, newest);
    }

    private static InboxItem inboxItem(JsonNode status) {
        JsonNode account = status.path("account");
        String parent = status.path("in_reply_to_id").isNull() ? null : status.path("in_reply_to_id").asText(null);
        InboxItem.Kind kind = "direct".equals(status.path("visibility").asText()) ? InboxItem.Kind.DM
                : parent != null ? InboxItem.Kind.COMMENT : InboxItem.Kind.MENTION;
        return new InboxItem(status.path("id").asText(), kind,
                new InboxItem.Author("@" + account.path("acct").asText(), account.path("display_name").asText(null),
                        account.path("id").asText()),
                HtmlText.plain(status.path("content").asText()), Instant.parse(status.path("created_at").asText()),
                parent, parent != null ? parent : status.path("id").asText(), parent);
    }

    /** Replies in the item's own visibility (a DM stays direct), mentioning its author as Mastodon expects. */
    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        return reply(channel, inReplyToExternalId, text, null);
    }

    /** As {@link #reply(ChannelContext, String, String)}, with the key as {@code Idempotency-Key} when given. */
    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text, UUID idempotencyKey) {
        JsonNode original = call(channel, get(channel, "/api/v1/statuses/" + encode(inReplyToExternalId)), false,
                "read the message to reply to").json();
        String mention = "@" + original.path("account").path("acct").asText();
        String body = text.contains(mention) ? text : mention + " " + text;
        ObjectNode reply = http.mapper().createObjectNode()
                .put("status", body)
                .put("in_reply_to_id", inReplyToExternalId)
                .put("visibility", original.path("visibility").asText("public"));
        HttpRequest.Builder request = postJson(channel, "/api/v1/statuses", reply);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey.toString());
        }
        return published(call(channel, request, true, "send the reply").json());
    }

    static String statusText(Publication publication) {
        String text = publication.text() == null ? "" : publication.text();
        String link = publication.link();
        if (link != null && !link.isBlank() && !text.contains(link)) {
            text = text.isBlank() ? link : text + "\n\n" + link;
        }
        return text;
    }

    private NetworkResponse call(ChannelContext channel, HttpRequest.Builder request, boolean changesState,
            String action) {
        return call(channel.credential(ACCESS_TOKEN), request, changesState, action);
    }

    /** Sends the request with the token and maps an unsuccessful answer to a {@link NetworkException}. */
    private NetworkResponse call(String token, HttpRequest.Builder request, boolean changesState, String action) {
        request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        NetworkResponse response = http.send(Network.MASTODON, request, changesState);
        if (!response.isSuccess()) {
            throw NetworkFailures.from(Network.MASTODON, response, action, reason(response), http.clock());
        }
        return response;
    }

    private static String reason(NetworkResponse response) {
        JsonNode body = response.json();
        String error = body.path("error").asText(null);
        String description = body.path("error_description").asText(null);
        return description != null && error != null ? error + " (" + description + ")" : error;
    }

    private static HttpRequest.Builder at(URI baseUrl, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
    }

    private static HttpRequest.Builder get(ChannelContext channel, String pathAndQuery) {
        return at(channel.baseUrl(), pathAndQuery).GET();
    }

    private HttpRequest.Builder postJson(ChannelContext channel, String path, JsonNode body) {
        return at(channel.baseUrl(), path).header("Content-Type", "application/json").POST(http.json(body));
    }

    private static PublishedPost published(JsonNode status) {
        return new PublishedPost(status.path("id").asText(), status.path("url").asText(null));
    }

    private static Long count(JsonNode node, String field) {
        return node.has(field) && node.get(field).isNumber() ? node.get(field).asLong() : null;
    }

    private static void option(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String extension(String contentType) {
        return switch (contentType == null ? "" : contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "video/mp4" -> ".mp4";
            default -> "";
        };
    }

    private void pause() {
        try {
            Thread.sleep(mediaPollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetworkException.retryable(Network.MASTODON, "interrupted", "Interrupted while Mastodon processed"
                    + " the media; it will be retried.", null);
        }
    }
}
