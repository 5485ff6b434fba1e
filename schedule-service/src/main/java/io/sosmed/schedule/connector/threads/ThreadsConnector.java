package io.sosmed.schedule.connector.threads;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.connector.HtmlText;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.meta.GraphApi;
import io.sosmed.schedule.connector.meta.GraphInsights;
import io.sosmed.schedule.connector.meta.MediaContainers;
import io.sosmed.schedule.connector.meta.MetaConfig;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Threads API (developers.facebook.com/docs/threads): a container ({@code TEXT}, {@code IMAGE}, {@code VIDEO} or a
 * {@code CAROUSEL} of item containers), {@code threads_publish} once it is {@code FINISHED}, the first comment as a
 * reply container with {@code reply_to_id}. The inbox polls the replies at any depth under the account's
 * {@value #INBOX_POSTS} latest posts ({@code GET /{media-id}/conversation}) and the posts that mention it
 * ({@code GET /{user-id}/mentions}, {@code threads_manage_mentions}); the cursor is the newest timestamp seen (epoch s).
 */
@ApplicationScoped
public class ThreadsConnector implements NetworkConnector {

    static final String ACCESS_TOKEN = "accessToken";
    private static final int MAX_CAROUSEL = 20;
    /** Latest posts whose conversations each inbox poll reads. */
    static final int INBOX_POSTS = 10;
    private static final String INBOX_FIELDS = "id,text,username,timestamp,permalink,is_reply_owned_by_me,replied_to,root_post";
    /** Threads' timestamps, e.g. {@code 2026-11-26T09:00:00+0000}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private final GraphApi graph;
    private final MediaContainers containers;

    @Inject
    public ThreadsConnector(NetworkHttp http, MetaConfig config) {
        this(http, config.threadsUrl(), config.containerPollInterval(), config.containerPollAttempts());
    }

    public ThreadsConnector(NetworkHttp http, URI threadsUrl, Duration pollInterval, int pollAttempts) {
        this.graph = new GraphApi(http, Network.THREADS, threadsUrl);
        this.containers = new MediaContainers(graph, Network.THREADS, pollInterval, pollAttempts);
    }

    @Override
    public Network network() {
        return Network.THREADS;
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        String token = channel.credential(ACCESS_TOKEN);
        List<MediaItem> media = publication.media();
        if (media.size() > MAX_CAROUSEL) {
            throw NetworkException.permanent(Network.THREADS, "too_many_media",
                    "A Threads carousel holds at most " + MAX_CAROUSEL + " items, this post has " + media.size() + ".");
        }
        String text = text(publication);
        String container;
        if (media.isEmpty()) {
            container = create(channel, token, GraphApi.params("media_type", "TEXT", "text", text,
                    "link_attachment", publication.link()));
        } else if (media.size() == 1) {
            Map<String, String> parameters = item(media.get(0), false);
            parameters.put("text", text);
            container = create(channel, token, parameters);
        } else {
            List<String> children = new ArrayList<>();
            for (MediaItem item : media) {
                children.add(create(channel, token, item(item, true)));
            }
            container = create(channel, token, GraphApi.params("media_type", "CAROUSEL",
                    "children", String.join(",", children), "text", text));
        }
        PublishedPost published = publishContainer(channel, token, container, "publish the post");
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            try {
                reply(channel, published.externalId(), publication.firstComment());
            } catch (NetworkException e) {
                Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                        channel.workspaceId(), channel.channelId(), publication.postId(), published.externalId(),
                        e.getMessage());
                published = published.withFirstCommentFailure(e);
            }
        }
        return published;
    }

    private static Map<String, String> item(MediaItem item, boolean carouselItem) {
        if (item.publicUrl() == null) {
            throw NetworkException.permanent(Network.THREADS, "media_not_public",
                    "Threads could not fetch the media " + item.mediaId() + ": it needs a public URL.");
        }
        Map<String, String> parameters = item.isVideo()
                ? GraphApi.params("media_type", "VIDEO", "video_url", item.publicUrl().toString())
                : GraphApi.params("media_type", "IMAGE", "image_url", item.publicUrl().toString(),
                "alt_text", item.altText());
        if (carouselItem) {
            parameters.put("is_carousel_item", "true");
        }
        return parameters;
    }

    private String create(ChannelContext channel, String token, Map<String, String> parameters) {
        return graph.post(token, "/" + channel.accountId() + "/threads", parameters, false, "prepare the post")
                .path("id").asText();
    }

    private PublishedPost publishContainer(ChannelContext channel, String token, String container, String action) {
        containers.awaitFinished(token, container, "status");
        String id = graph.post(token, "/" + channel.accountId() + "/threads_publish",
                GraphApi.params("creation_id", container), true, action).path("id").asText();
        String permalink = null;
        try {
            permalink = graph.get(token, "/" + id, Map.of("fields", "permalink"), "read the post's link")
                    .path("permalink").asText(null);
        } catch (NetworkException e) {
            Log.debugf("Threads post %s has no permalink yet: %s", id, e.code());
        }
        return new PublishedPost(id, permalink);
    }

    private static String text(Publication publication) {
        return publication.text() == null ? "" : publication.text();
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        JsonNode posts = graph.get(channel.credential(ACCESS_TOKEN), "/" + channel.accountId() + "/threads",
                Map.of("fields", "id,text,permalink", "limit", "25"), "look up recent posts").path("data");
        String expected = HtmlText.normalized(text(publication));
        for (JsonNode post : posts) {
            if (HtmlText.normalized(post.path("text").asText()).equals(expected)) {
                return Optional.of(new PublishedPost(post.path("id").asText(), post.path("permalink").asText(null)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void delete(ChannelContext channel, String externalId) {
        graph.delete(channel.credential(ACCESS_TOKEN), "/" + externalId, "delete the post");
    }

    @Override
    public Metrics postMetrics(ChannelContext channel, String externalId) {
        JsonNode data = graph.get(channel.credential(ACCESS_TOKEN), "/" + externalId + "/insights",
                Map.of("metric", "views,likes,replies,reposts,quotes,shares"), "read the post's insights").path("data");
        Long reposts = value(data, "reposts");
        Long quotes = value(data, "quotes");
        Long shares = reposts == null && quotes == null ? null
                : (reposts == null ? 0 : reposts) + (quotes == null ? 0 : quotes);
        return new Metrics(value(data, "views"), null, value(data, "likes"), value(data, "replies"), shares, null,
                null, null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode data = graph.get(channel.credential(ACCESS_TOKEN), "/" + channel.accountId() + "/threads_insights",
                Map.of("metric", "followers_count"), "read the account's insights").path("data");
        return new Metrics(null, null, null, null, null, null, null, null, value(data, "followers_count"));
    }

    /** Replies under the latest posts and mentions newer than the cursor, oldest first; the account's own replies are skipped. */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        String token = channel.credential(ACCESS_TOKEN);
        long since = cursor == null || cursor.isBlank() ? 0 : Long.parseLong(cursor);
        List<InboxItem> items = new ArrayList<>();
        long newest = since;
        JsonNode posts = graph.get(token, "/" + channel.accountId() + "/threads",
                GraphApi.params("fields", "id,timestamp", "limit", String.valueOf(INBOX_POSTS)), "list recent posts for replies")
                .path("data");
        for (JsonNode post : posts) {
            String postId = post.path("id").asText();
            JsonNode replies = graph.get(token, "/" + postId + "/conversation",
                    GraphApi.params("fields", INBOX_FIELDS, "reverse", "false"), "read the replies").path("data");
            for (JsonNode reply : replies) {
                long at = epochSeconds(reply);
                newest = Math.max(newest, at);
                if (at > since && !reply.path("is_reply_owned_by_me").asBoolean(false)) {
                    items.add(item(reply, InboxItem.Kind.COMMENT, postId));
                }
            }
        }
        JsonNode mentions = graph.get(token, "/" + channel.accountId() + "/mentions", GraphApi.params("fields", INBOX_FIELDS,
                "since", since > 0 ? String.valueOf(since) : null), "read the mentions").path("data");
        for (JsonNode mention : mentions) {
            long at = epochSeconds(mention);
            newest = Math.max(newest, at);
            if (at > since) {
                items.add(item(mention, InboxItem.Kind.MENTION, mention.path("root_post").path("id").asText(null)));
            }
        }
        items.sort(Comparator.comparing(InboxItem::receivedAt));
        return new InboxPage(items, newest > since ? String.valueOf(newest) : cursor);
    }

    private static InboxItem item(JsonNode media, InboxItem.Kind kind, String postId) {
        String id = media.path("id").asText();
        String parent = media.path("replied_to").path("id").asText(null);
        String root = media.path("root_post").path("id").asText(null);
        String username = media.path("username").asText(null);
        return new InboxItem(id, kind, new InboxItem.Author(username == null ? null : "@" + username, username, null),
                media.path("text").asText(""), Instant.ofEpochSecond(epochSeconds(media)), parent,
                root != null ? root : id, kind == InboxItem.Kind.COMMENT ? postId : null);
    }

    private static long epochSeconds(JsonNode media) {
        return OffsetDateTime.parse(media.path("timestamp").asText(), TIMESTAMP).toEpochSecond();
    }

    /** The first comment is a reply to the post (a TEXT container with {@code reply_to_id}, then publish). */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        return reply(channel, postExternalId, text);
    }

    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        String token = channel.credential(ACCESS_TOKEN);
        String container = create(channel, token, GraphApi.params("media_type", "TEXT", "text", text,
                "reply_to_id", inReplyToExternalId));
        return publishContainer(channel, token, container, "send the reply");
    }

    private static Long value(JsonNode data, String name) {
        return GraphInsights.value(data, name);
    }
}
