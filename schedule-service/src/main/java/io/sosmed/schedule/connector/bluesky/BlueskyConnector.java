package io.sosmed.schedule.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.channel.AccountVerifier;
import io.sosmed.schedule.channel.ChannelLimits;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.connector.HtmlText;
import io.sosmed.schedule.network.ChannelContext;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bluesky through the AT Protocol's XRPC endpoints of the account's PDS (docs.bsky.app): app-password sessions,
 * posts as {@code app.bsky.feed.post} records with facets at UTF-8 byte offsets, image embeds with alt text or an
 * external link card, the first comment as a reply, mentions and replies from the notifications.
 */
@ApplicationScoped
public class BlueskyConnector implements NetworkConnector, AccountVerifier {

    static final int MAX_GRAPHEMES = 300;
    static final int MAX_IMAGES = 4;
    static final String POST_COLLECTION = "app.bsky.feed.post";
    private static final int LOOKUP_PAGE = 25;
    private static final int INBOX_PAGE = 50;
    private static final int INBOX_MAX_PAGES = 5;

    private final BlueskySessions sessions;

    public BlueskyConnector(BlueskySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Network network() {
        return Network.BLUESKY;
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(BlueskySessions.IDENTIFIER, BlueskySessions.APP_PASSWORD);
    }

    @Override
    public String defaultInstanceUrl() {
        return "https://bsky.social";
    }

    @Override
    public VerifiedAccount verify(URI instanceUrl, Map<String, String> credentials) {
        JsonNode session = sessions.create(instanceUrl, credentials.get(BlueskySessions.IDENTIFIER),
                credentials.get(BlueskySessions.APP_PASSWORD));
        String handle = session.path("handle").asText();
        return new VerifiedAccount(session.path("did").asText(), handle, handle,
                new ChannelLimits(MAX_GRAPHEMES, MAX_IMAGES), BlueskySessions.stored(credentials, session), null);
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        BlueskyCall call = new BlueskyCall(channel, sessions);
        String text = postText(publication);
        ObjectNode record = record(call, text, publication.option("language"));
        JsonNode embed = embed(call, publication, text);
        if (embed != null) {
            record.set("embed", embed);
        }
        JsonNode created = createPost(call, channel, record, "publish the post");
        PublishedPost published = published(channel, created);
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            try {
                ObjectNode reply = record(call, publication.firstComment(), publication.option("language"));
                ObjectNode ref = strongRef(created.path("uri").asText(), created.path("cid").asText());
                reply.putObject("reply").<ObjectNode>set("root", ref).set("parent", ref);
                createPost(call, channel, reply, "post the first comment");
            } catch (NetworkException e) {
                Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                        channel.workspaceId(), channel.channelId(), publication.postId(), published.externalId(),
                        e.getMessage());
                published = published.withFirstCommentFailure(e);
            }
        }
        return published;
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        String expected = HtmlText.normalized(postText(publication));
        JsonNode records = new BlueskyCall(channel, sessions).query("com.atproto.repo.listRecords",
                Map.of("repo", channel.accountId(), "collection", POST_COLLECTION, "limit", String.valueOf(LOOKUP_PAGE)),
                "look up recent posts").json().path("records");
        for (JsonNode record : records) {
            if (HtmlText.normalized(record.path("value").path("text").asText()).equals(expected)
                    && record.path("value").path("reply").isMissingNode()) {
                return Optional.of(published(channel, record));
            }
        }
        return Optional.empty();
    }

    @Override
    public void delete(ChannelContext channel, String externalId) {
        AtUri uri = AtUri.parse(externalId);
        new BlueskyCall(channel, sessions).procedure("com.atproto.repo.deleteRecord",
                Map.of("repo", uri.repo(), "collection", uri.collection(), "rkey", uri.rkey()), true, "delete the post");
    }

    @Override
    public Metrics postMetrics(ChannelContext channel, String externalId) {
        JsonNode post = post(new BlueskyCall(channel, sessions), externalId, "read the post's counts");
        long reposts = post.path("repostCount").asLong(0) + post.path("quoteCount").asLong(0);
        return new Metrics(null, null, post.path("likeCount").asLong(0), post.path("replyCount").asLong(0), reposts,
                null, null, null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode profile = new BlueskyCall(channel, sessions).query("app.bsky.actor.getProfile",
                Map.of("actor", channel.accountId()), "read the profile").json();
        return new Metrics(null, null, null, null, null, null, null, null, profile.path("followersCount").asLong(0));
    }

    /**
     * Replies, mentions and quotes indexed after the cursor (the newest {@code indexedAt} seen), oldest first. Bluesky
     * lists notifications newest first, so older pages are read until one reaches the cursor.
     */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        BlueskyCall call = new BlueskyCall(channel, sessions);
        Instant since = cursor == null ? Instant.EPOCH : Instant.parse(cursor);
        List<InboxItem> items = new ArrayList<>();
        Instant newest = cursor == null ? null : since;
        String page = null;
        for (int pages = 0; pages < INBOX_MAX_PAGES; pages++) {
            Map<String, String> parameters = page == null ? Map.of("limit", String.valueOf(INBOX_PAGE))
                    : Map.of("limit", String.valueOf(INBOX_PAGE), "cursor", page);
            JsonNode body = call.query("app.bsky.notification.listNotifications", parameters,
                    "read the notifications").json();
            boolean reachedCursor = false;
            for (JsonNode notification : body.path("notifications")) {
                Instant indexedAt = Instant.parse(notification.path("indexedAt").asText());
                if (!indexedAt.isAfter(since)) {
                    reachedCursor = true;
                    continue;
                }
                newest = newest == null || indexedAt.isAfter(newest) ? indexedAt : newest;
                inboxItem(notification, indexedAt).ifPresent(items::add);
            }
            page = body.path("cursor").asText(null);
            if (reachedCursor || page == null || cursor == null) {
                break;
            }
        }
        items.sort(Comparator.comparing(InboxItem::receivedAt));
        return new InboxPage(items, newest == null ? null : newest.toString());
    }

    private static Optional<InboxItem> inboxItem(JsonNode notification, Instant indexedAt) {
        String reason = notification.path("reason").asText();
        InboxItem.Kind kind = switch (reason) {
            case "reply" -> InboxItem.Kind.COMMENT;
            case "mention", "quote" -> InboxItem.Kind.MENTION;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        JsonNode author = notification.path("author");
        JsonNode reply = notification.path("record").path("reply");
        String uri = notification.path("uri").asText();
        String parent = reply.path("parent").path("uri").asText(null);
        String root = reply.path("root").path("uri").asText(null);
        return Optional.of(new InboxItem(uri, kind,
                new InboxItem.Author(author.path("handle").asText(), author.path("displayName").asText(null),
                        author.path("did").asText()),
                notification.path("record").path("text").asText(""), indexedAt, parent, root != null ? root : uri,
                root != null ? root : notification.path("reasonSubject").asText(null)));
    }

    /** The first comment is a reply whose root and parent are the post (its CID read with {@code getPosts}). */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        return reply(channel, postExternalId, text);
    }

    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        BlueskyCall call = new BlueskyCall(channel, sessions);
        JsonNode parent = post(call, inReplyToExternalId, "read the post to reply to");
        ObjectNode parentRef = strongRef(parent.path("uri").asText(), parent.path("cid").asText());
        JsonNode parentRoot = parent.path("record").path("reply").path("root");
        ObjectNode rootRef = parentRoot.isObject()
                ? strongRef(parentRoot.path("uri").asText(), parentRoot.path("cid").asText()) : parentRef;
        ObjectNode record = record(call, text, null);
        record.putObject("reply").<ObjectNode>set("root", rootRef).set("parent", parentRef);
        return published(channel, createPost(call, channel, record, "send the reply"));
    }

    /** A post record with its facets; mentions whose handle does not resolve stay plain text. */
    private ObjectNode record(BlueskyCall call, String text, String language) {
        ObjectNode record = sessions.http().mapper().createObjectNode()
                .put("$type", POST_COLLECTION)
                .put("text", text)
                .put("createdAt", sessions.http().clock().instant().toString());
        ArrayNode facets = record.putArray("facets");
        for (Facet facet : FacetDetector.detect(text)) {
            String value = facet.kind() == Facet.Kind.MENTION ? resolveHandle(call, facet.value()) : facet.value();
            if (value == null) {
                continue;
            }
            ObjectNode node = facets.addObject();
            node.putObject("index").put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd());
            ObjectNode feature = node.putArray("features").addObject().put("$type", facet.kind().type());
            switch (facet.kind()) {
                case LINK -> feature.put("uri", value);
                case MENTION -> feature.put("did", value);
                case TAG -> feature.put("tag", value);
            }
        }
        if (facets.isEmpty()) {
            record.remove("facets");
        }
        if (language != null && !language.isBlank()) {
            record.putArray("langs").add(language);
        }
        return record;
    }

    private static String resolveHandle(BlueskyCall call, String handle) {
        try {
            return call.query("com.atproto.identity.resolveHandle", Map.of("handle", handle), "resolve @" + handle)
                    .json().path("did").asText(null);
        } catch (NetworkException e) {
            if (e.kind() != io.sosmed.schedule.network.FailureKind.PERMANENT) {
                throw e;
            }
            Log.debugf("Bluesky handle %s does not resolve; left as plain text", handle);
            return null;
        }
    }

    /** Images with alt text (and aspect ratio when known); else a link card for the post's link. */
    private JsonNode embed(BlueskyCall call, Publication publication, String text) {
        List<MediaItem> media = publication.media();
        if (media.stream().anyMatch(m -> !m.isImage())) {
            throw NetworkException.permanent(Network.BLUESKY, "media_unsupported",
                    "Bluesky posts from Sosmed can carry images only; remove the video or other file.");
        }
        if (media.size() > MAX_IMAGES) {
            throw NetworkException.permanent(Network.BLUESKY, "too_many_images",
                    "Bluesky allows at most " + MAX_IMAGES + " images per post, this one has " + media.size() + ".");
        }
        ObjectNode embed = sessions.http().mapper().createObjectNode();
        if (!media.isEmpty()) {
            embed.put("$type", "app.bsky.embed.images");
            ArrayNode images = embed.putArray("images");
            for (MediaItem item : media) {
                ObjectNode image = images.addObject();
                image.put("alt", item.altText() == null ? "" : item.altText());
                image.set("image", uploadBlob(call, item));
                if (item.width() != null && item.height() != null) {
                    image.putObject("aspectRatio").put("width", item.width()).put("height", item.height());
                }
            }
            return embed;
        }
        String link = publication.link() != null ? publication.link()
                : FacetDetector.detect(text).stream().filter(f -> f.kind() == Facet.Kind.LINK).map(Facet::value)
                .findFirst().orElse(null);
        if (link == null) {
            return null;
        }
        embed.put("$type", "app.bsky.embed.external");
        String title = publication.option("linkTitle");
        String description = publication.option("linkDescription");
        embed.putObject("external").put("uri", link).put("title", title == null ? link : title)
                .put("description", description == null ? "" : description);
        return embed;
    }

    private static JsonNode uploadBlob(BlueskyCall call, MediaItem item) {
        byte[] bytes;
        try (InputStream in = item.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw NetworkException.retryable(Network.BLUESKY, "media_unreadable",
                    "The image " + item.mediaId() + " could not be read for Bluesky; it will be retried.", null);
        }
        return call.upload(item.contentType(), bytes, "upload the image").json().path("blob");
    }

    private JsonNode createPost(BlueskyCall call, ChannelContext channel, ObjectNode record, String action) {
        ObjectNode body = sessions.http().mapper().createObjectNode()
                .put("repo", channel.accountId())
                .put("collection", POST_COLLECTION);
        body.set("record", record);
        return call.procedure("com.atproto.repo.createRecord", body, true, action).json();
    }

    private static JsonNode post(BlueskyCall call, String uri, String action) {
        JsonNode posts = call.query("app.bsky.feed.getPosts", Map.of("uris", uri), action).json().path("posts");
        if (posts.isEmpty()) {
            throw NetworkException.permanent(Network.BLUESKY, "post_not_found",
                    "Bluesky no longer has the post " + uri + "; it was probably deleted.");
        }
        return posts.get(0);
    }

    private ObjectNode strongRef(String uri, String cid) {
        return sessions.http().mapper().createObjectNode().put("uri", uri).put("cid", cid);
    }

    private static PublishedPost published(ChannelContext channel, JsonNode created) {
        String uri = created.path("uri").asText();
        return new PublishedPost(uri, "https://bsky.app/profile/" + channel.handle() + "/post/" + AtUri.parse(uri).rkey());
    }

    static String postText(Publication publication) {
        String text = publication.text() == null ? "" : publication.text();
        String link = publication.link();
        if (link != null && !link.isBlank() && !text.contains(link)) {
            text = text.isBlank() ? link : text + "\n\n" + link;
        }
        return text;
    }
}
