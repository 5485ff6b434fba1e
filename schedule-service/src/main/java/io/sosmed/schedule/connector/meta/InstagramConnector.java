package io.sosmed.schedule.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.network.ChannelContext;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Instagram through the Graph API (Instagram API with Facebook Login): a media container per image or video (children
 * of a carousel container when there are several), {@code media_publish} once the container is {@code FINISHED}, the
 * first comment on the new media. Instagram fetches media itself, so every file needs a public URL. New comments arrive
 * through the Meta webhook, not by polling.
 */
@ApplicationScoped
public class InstagramConnector implements NetworkConnector {

    static final String ACCESS_TOKEN = "accessToken";
    private static final int MAX_CAROUSEL = 10;

    private final GraphApi graph;
    private final MediaContainers containers;

    @Inject
    public InstagramConnector(NetworkHttp http, MetaConfig config) {
        this(http, config.graphUrl(), config.containerPollInterval(), config.containerPollAttempts());
    }

    public InstagramConnector(NetworkHttp http, URI graphUrl, Duration pollInterval, int pollAttempts) {
        this.graph = new GraphApi(http, Network.INSTAGRAM, graphUrl);
        this.containers = new MediaContainers(graph, Network.INSTAGRAM, pollInterval, pollAttempts);
    }

    @Override
    public Network network() {
        return Network.INSTAGRAM;
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        String token = channel.credential(ACCESS_TOKEN);
        List<MediaItem> media = publication.media();
        if (media.isEmpty()) {
            throw NetworkException.permanent(Network.INSTAGRAM, "media_required",
                    "Instagram posts need at least one image or video; add media to the variant.");
        }
        if (media.size() > MAX_CAROUSEL) {
            throw NetworkException.permanent(Network.INSTAGRAM, "too_many_media",
                    "An Instagram carousel holds at most " + MAX_CAROUSEL + " items, this post has " + media.size() + ".");
        }
        String caption = publication.text();
        String container;
        if (media.size() == 1) {
            container = container(channel, token, media.get(0), caption, false, publication.option("postType"));
        } else {
            List<String> children = new ArrayList<>();
            for (MediaItem item : media) {
                children.add(container(channel, token, item, null, true, null));
            }
            container = graph.post(token, "/" + channel.accountId() + "/media", GraphApi.params("media_type", "CAROUSEL",
                    "children", String.join(",", children), "caption", caption), false, "prepare the carousel")
                    .path("id").asText();
        }
        containers.awaitFinished(token, container, "status_code");
        String mediaId = graph.post(token, "/" + channel.accountId() + "/media_publish",
                GraphApi.params("creation_id", container), true, "publish the post").path("id").asText();
        PublishedPost published = new PublishedPost(mediaId, permalink(token, mediaId));
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            try {
                graph.post(token, "/" + mediaId + "/comments", GraphApi.params("message", publication.firstComment()),
                        true, "post the first comment");
            } catch (NetworkException e) {
                Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                        channel.workspaceId(), channel.channelId(), publication.postId(), mediaId, e.getMessage());
                published = published.withFirstCommentFailure(e);
            }
        }
        return published;
    }

    private String container(ChannelContext channel, String token, MediaItem item, String caption, boolean carouselItem,
            String postType) {
        if (item.publicUrl() == null) {
            throw NetworkException.permanent(Network.INSTAGRAM, "media_not_public",
                    "Instagram could not fetch the media " + item.mediaId() + ": it needs a public URL.");
        }
        String url = item.publicUrl().toString();
        Map<String, String> parameters = item.isVideo()
                ? GraphApi.params("media_type", carouselItem ? "VIDEO" : "REELS", "video_url", url)
                : GraphApi.params("image_url", url, "alt_text", item.altText(),
                "media_type", "STORIES".equals(postType) ? "STORIES" : null);
        if (carouselItem) {
            parameters.put("is_carousel_item", "true");
        } else if (caption != null && !caption.isBlank()) {
            parameters.put("caption", caption);
        }
        String id = graph.post(token, "/" + channel.accountId() + "/media", parameters, false, "prepare the media")
                .path("id").asText();
        if (item.isVideo() && carouselItem) {
            containers.awaitFinished(token, id, "status_code");
        }
        return id;
    }

    private String permalink(String token, String mediaId) {
        try {
            return graph.get(token, "/" + mediaId, Map.of("fields", "permalink"), "read the post's link")
                    .path("permalink").asText(null);
        } catch (NetworkException e) {
            return null;
        }
    }

    /** Instagram has no search by caption for an account's own media beyond the latest page; it is matched there. */
    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        JsonNode media = graph.get(channel.credential(ACCESS_TOKEN), "/" + channel.accountId() + "/media",
                Map.of("fields", "id,caption,permalink", "limit", "25"), "look up recent posts").path("data");
        String caption = publication.text() == null ? "" : publication.text().strip();
        for (JsonNode item : media) {
            if (item.path("caption").asText("").strip().equals(caption)) {
                return Optional.of(new PublishedPost(item.path("id").asText(), item.path("permalink").asText(null)));
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
        JsonNode insights = graph.get(channel.credential(ACCESS_TOKEN), "/" + externalId + "/insights",
                Map.of("metric", "reach,likes,comments,shares,saved,views"), "read the post's insights").path("data");
        return new Metrics(GraphInsights.value(insights, "views"), GraphInsights.value(insights, "reach"),
                GraphInsights.value(insights, "likes"), GraphInsights.value(insights, "comments"),
                GraphInsights.value(insights, "shares"), GraphInsights.value(insights, "saved"), null,
                null, null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode account = graph.get(channel.credential(ACCESS_TOKEN), "/" + channel.accountId(),
                Map.of("fields", "followers_count"), "read the account");
        return new Metrics(null, null, null, null, null, null, null, null, account.path("followers_count").asLong());
    }

    /** Comments arrive through the Meta webhook ({@code instagram} object, {@code comments} field). */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        return new InboxPage(List.of(), cursor);
    }

    /** The first comment is a comment on the media ({@code POST /{ig-media-id}/comments}). */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        JsonNode comment = graph.post(channel.credential(ACCESS_TOKEN), "/" + postExternalId + "/comments",
                GraphApi.params("message", text), true, "post the first comment");
        return new PublishedPost(comment.path("id").asText(), null);
    }

    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        JsonNode reply = graph.post(channel.credential(ACCESS_TOKEN), "/" + inReplyToExternalId + "/replies",
                GraphApi.params("message", text), true, "send the reply");
        return new PublishedPost(reply.path("id").asText(), null);
    }
}
