package io.sosmed.schedule.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
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
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * LinkedIn's Posts API ({@code /rest/posts} with the {@code LinkedIn-Version} header) for a member or organization
 * (the channel's account id is its URN): commentary, an article for the link, images through the Images API
 * ({@code initializeUpload}, then a PUT of the bytes) with alt text, the first comment through
 * {@code /rest/socialActions/{urn}/comments}. The inbox polls the comments (and replies to comments) on the account's
 * {@value #INBOX_POSTS} most recently changed posts through the Community Management API
 * ({@code GET /rest/socialActions/{urn}/comments}); organizations' @mentions come from the organization notifications
 * ({@link LinkedInMentions}). The cursor keeps both positions ({@link LinkedInInboxCursor}).
 */
@ApplicationScoped
public class LinkedInConnector implements NetworkConnector {

    static final String ACCESS_TOKEN = "accessToken";
    /** Recently changed posts whose comments each inbox poll reads. */
    static final int INBOX_POSTS = 20;
    private static final int COMMENTS_PER_PAGE = 100;

    private final NetworkHttp http;
    private final LinkedInApi api;
    private final LinkedInMentions mentions;

    @Inject
    public LinkedInConnector(NetworkHttp http, LinkedInConfig config) {
        this(http, config.apiUrl(), config.version());
    }

    public LinkedInConnector(NetworkHttp http, URI api, String version) {
        this.http = http;
        this.api = new LinkedInApi(http, api, version);
        this.mentions = new LinkedInMentions(this.api);
    }

    @Override
    public Network network() {
        return Network.LINKEDIN;
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        String token = channel.credential(ACCESS_TOKEN);
        ObjectNode post = http.mapper().createObjectNode()
                .put("author", channel.accountId())
                .put("commentary", publication.text() == null ? "" : publication.text())
                .put("visibility", "PUBLIC")
                .put("lifecycleState", "PUBLISHED")
                .put("isReshareDisabledByAuthor", false);
        ObjectNode distribution = post.putObject("distribution").put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        List<ObjectNode> images = new ArrayList<>();
        for (MediaItem item : publication.media()) {
            if (!item.isImage()) {
                throw NetworkException.permanent(Network.LINKEDIN, "media_unsupported",
                        "LinkedIn posts from Sosmed can carry images only; remove the video or other file.");
            }
            images.add(http.mapper().createObjectNode().put("id", uploadImage(channel, token, item))
                    .put("altText", item.altText() == null ? "" : item.altText()));
        }
        ObjectNode content = post.putObject("content");
        if (images.size() == 1) {
            content.set("media", images.get(0));
        } else if (images.size() > 1) {
            ArrayNode list = content.putObject("multiImage").putArray("images");
            images.forEach(list::add);
        } else if (publication.link() != null && !publication.link().isBlank()) {
            String title = publication.option("linkTitle");
            content.putObject("article").put("source", publication.link()).put("title", title == null
                    ? publication.link() : title);
        } else {
            post.remove("content");
        }
        NetworkResponse created = api.send(token, api.request("/rest/posts").header("Content-Type", "application/json")
                .POST(http.json(post)), true, "publish the post");
        String urn = created.header("x-restli-id").orElseGet(() -> created.json().path("id").asText());
        PublishedPost published = new PublishedPost(urn, "https://www.linkedin.com/feed/update/" + urn);
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            try {
                comment(token, channel.accountId(), urn, null, publication.firstComment(), "post the first comment");
            } catch (NetworkException e) {
                Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                        channel.workspaceId(), channel.channelId(), publication.postId(), urn, e.getMessage());
                published = published.withFirstCommentFailure(e);
            }
        }
        return published;
    }

    /** The first comment is a comment by the account on the post ({@code POST /rest/socialActions/{urn}/comments}). */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        JsonNode comment = comment(channel.credential(ACCESS_TOKEN), channel.accountId(), postExternalId, null, text,
                "post the first comment");
        return new PublishedPost(comment.path("id").asText(), null);
    }

    private String uploadImage(ChannelContext channel, String token, MediaItem item) {
        ObjectNode initialize = http.mapper().createObjectNode();
        initialize.putObject("initializeUploadRequest").put("owner", channel.accountId());
        JsonNode value = api.send(token, api.request("/rest/images?action=initializeUpload")
                .header("Content-Type", "application/json").POST(http.json(initialize)), false, "prepare the image upload")
                .json().path("value");
        byte[] bytes;
        try (InputStream in = item.open()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw NetworkException.retryable(Network.LINKEDIN, "media_unreadable",
                    "The image " + item.mediaId() + " could not be read for LinkedIn; it will be retried.", null);
        }
        api.send(token, HttpRequest.newBuilder(URI.create(value.path("uploadUrl").asText()))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)), false, "upload the image");
        return value.path("image").asText();
    }

    private JsonNode comment(String token, String actor, String objectUrn, String parentComment, String text,
            String action) {
        ObjectNode comment = http.mapper().createObjectNode().put("actor", actor).put("object", objectUrn);
        if (parentComment != null) {
            comment.put("parentComment", parentComment);
        }
        comment.putObject("message").put("text", text);
        String target = parentComment != null ? parentComment : objectUrn;
        NetworkResponse response = api.send(token, api.request("/rest/socialActions/" + LinkedInApi.encode(target) + "/comments")
                .header("Content-Type", "application/json").POST(http.json(comment)), true, action);
        JsonNode body = response.json();
        String id = body.path("$URN").asText(response.header("x-restli-id").orElse(body.path("id").asText()));
        return http.mapper().createObjectNode().put("id", id);
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        JsonNode posts = api.send(channel.credential(ACCESS_TOKEN), api.request("/rest/posts?q=author&author="
                + LinkedInApi.encode(channel.accountId()) + "&count=20&sortBy=LAST_MODIFIED").GET(), false, "look up recent posts")
                .json().path("elements");
        String expected = publication.text() == null ? "" : publication.text().strip();
        for (JsonNode post : posts) {
            if (post.path("commentary").asText("").strip().equals(expected)) {
                String urn = post.path("id").asText();
                return Optional.of(new PublishedPost(urn, "https://www.linkedin.com/feed/update/" + urn));
            }
        }
        return Optional.empty();
    }

    @Override
    public void delete(ChannelContext channel, String externalId) {
        try {
            api.send(channel.credential(ACCESS_TOKEN), api.request("/rest/posts/" + LinkedInApi.encode(externalId)).DELETE(), true,
                    "delete the post");
        } catch (NetworkException e) {
            if (e.httpStatus().orElse(0) != 404) {
                throw e;
            }
        }
    }

    @Override
    public Metrics postMetrics(ChannelContext channel, String externalId) {
        JsonNode actions = api.send(channel.credential(ACCESS_TOKEN), api.request("/rest/socialActions/" + LinkedInApi.encode(externalId))
                .GET(), false, "read the post's counts").json();
        return new Metrics(null, null, actions.path("likesSummary").path("totalLikes").asLong(0),
                actions.path("commentsSummary").path("aggregatedTotalComments").asLong(0), null, null, null, null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode count = api.send(channel.credential(ACCESS_TOKEN), api.request("/rest/networkSizes/" + LinkedInApi.encode(channel.accountId())
                + "?edgeType=COMPANY_FOLLOWED_BY_MEMBER").GET(), false, "read the follower count").json();
        return new Metrics(null, null, null, null, null, null, null, null, count.path("firstDegreeSize").asLong());
    }

    /**
     * Comments newer than the cursor on the account's recently changed posts, then (for organizations) posts that
     * mention it, oldest first; the account's own comments (first comments, replies sent from Sosmed) are skipped. A
     * comment with replies has them read as well. The cursor keeps the two positions apart ({@link LinkedInInboxCursor}).
     */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        String token = channel.credential(ACCESS_TOKEN);
        LinkedInInboxCursor at = LinkedInInboxCursor.parse(cursor);
        long since = at.comments() == null ? 0 : at.comments();
        JsonNode posts = api.send(token, api.request("/rest/posts?q=author&author="
                + LinkedInApi.encode(channel.accountId()) + "&count=" + INBOX_POSTS + "&sortBy=LAST_MODIFIED").GET(),
                false, "list recent posts for comments").json().path("elements");
        List<InboxItem> items = new ArrayList<>();
        long newest = since;
        for (JsonNode post : posts) {
            String postUrn = post.path("id").asText();
            for (JsonNode comment : comments(token, postUrn)) {
                newest = Math.max(newest, collect(channel, comment, postUrn, null, since, items));
                if (comment.path("commentsSummary").path("aggregatedTotalComments").asLong(0) > 0) {
                    String commentUrn = commentUrn(comment);
                    for (JsonNode reply : comments(token, commentUrn)) {
                        newest = Math.max(newest, collect(channel, reply, postUrn, commentUrn, since, items));
                    }
                }
            }
        }
        Long mentionCursor = at.mentions();
        if (LinkedInMentions.supports(channel)) {
            LinkedInMentions.Result mentioned = mentions.since(channel, token, at.mentions());
            items.addAll(mentioned.items());
            mentionCursor = mentioned.cursor();
        }
        items.sort(Comparator.comparing(InboxItem::receivedAt));
        Long commentCursor = newest > since ? Long.valueOf(newest) : at.comments();
        return new InboxPage(items, new LinkedInInboxCursor(commentCursor, mentionCursor).format());
    }

    private JsonNode comments(String token, String targetUrn) {
        return api.send(token, api.request("/rest/socialActions/" + LinkedInApi.encode(targetUrn) + "/comments?start=0&count=" + COMMENTS_PER_PAGE)
                .GET(), false, "read comments").json().path("elements");
    }

    /** Adds the comment when it is newer than {@code since} and not the account's own; returns its creation time. */
    private static long collect(ChannelContext channel, JsonNode comment, String postUrn, String parentUrn, long since,
            List<InboxItem> items) {
        long created = comment.path("created").path("time").asLong(0);
        String actor = comment.path("actor").asText();
        if (created > since && !actor.equals(channel.accountId())) {
            String urn = commentUrn(comment);
            String parent = comment.path("parentComment").asText(parentUrn);
            items.add(new InboxItem(urn, InboxItem.Kind.COMMENT, new InboxItem.Author(actor, null, actor),
                    comment.path("message").path("text").asText(""), Instant.ofEpochMilli(created),
                    parent != null ? parent : postUrn, parent != null ? parent : urn, postUrn));
        }
        return created;
    }

    private static String commentUrn(JsonNode comment) {
        return comment.path("$URN").asText(comment.path("commentUrn").asText(comment.path("id").asText()));
    }

    /** Replies to a comment ({@code urn:li:comment:(urn:li:activity:…,…)}) on the post it belongs to. */
    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        String objectUrn = inReplyToExternalId;
        String parent = null;
        if (inReplyToExternalId.startsWith("urn:li:comment:(")) {
            objectUrn = inReplyToExternalId.substring("urn:li:comment:(".length(), inReplyToExternalId.indexOf(','));
            parent = inReplyToExternalId;
        }
        JsonNode reply = comment(channel.credential(ACCESS_TOKEN), channel.accountId(), objectUrn, parent, text,
                "send the reply");
        return new PublishedPost(reply.path("id").asText(), null);
    }
}
