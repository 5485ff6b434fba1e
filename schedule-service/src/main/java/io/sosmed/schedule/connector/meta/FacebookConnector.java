package io.sosmed.schedule.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.connector.HtmlText;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Facebook Pages through the Graph API with a Page access token: text and link posts on {@code /{page-id}/feed}, one
 * photo on {@code /{page-id}/photos}, several photos uploaded unpublished and attached to one feed post, the first
 * comment on the new post. New comments arrive through the Meta webhook ({@code page} object, {@code feed} field).
 */
@ApplicationScoped
public class FacebookConnector implements NetworkConnector {

    static final String ACCESS_TOKEN = "accessToken";

    private final GraphApi graph;

    @Inject
    public FacebookConnector(NetworkHttp http, MetaConfig config) {
        this(http, config.graphUrl());
    }

    public FacebookConnector(NetworkHttp http, URI graphUrl) {
        this.graph = new GraphApi(http, Network.FACEBOOK, graphUrl);
    }

    @Override
    public Network network() {
        return Network.FACEBOOK;
    }

    @Override
    public PublishedPost publish(ChannelContext channel, Publication publication) {
        String token = channel.credential(ACCESS_TOKEN);
        String page = "/" + channel.accountId();
        List<MediaItem> media = publication.media();
        if (media.stream().anyMatch(m -> !m.isImage())) {
            throw NetworkException.permanent(Network.FACEBOOK, "media_unsupported",
                    "Facebook Page posts from Sosmed can carry photos only; remove the video or other file.");
        }
        if (media.stream().anyMatch(m -> m.publicUrl() == null)) {
            throw NetworkException.permanent(Network.FACEBOOK, "media_not_public",
                    "Facebook could not fetch the photo: it needs a public URL.");
        }
        String postId;
        if (media.size() == 1) {
            MediaItem photo = media.get(0);
            JsonNode created = graph.post(token, page + "/photos", GraphApi.params("url", photo.publicUrl().toString(),
                    "caption", text(publication), "alt_text_custom", photo.altText()), true, "publish the post");
            postId = created.path("post_id").asText(created.path("id").asText());
        } else {
            Map<String, String> parameters = GraphApi.params("message", publication.text(), "link",
                    media.isEmpty() ? publication.link() : null);
            for (int i = 0; i < media.size(); i++) {
                MediaItem photo = media.get(i);
                String photoId = graph.post(token, page + "/photos", GraphApi.params("url", photo.publicUrl().toString(),
                        "published", "false", "alt_text_custom", photo.altText()), false, "upload the photo")
                        .path("id").asText();
                parameters.put("attached_media[" + i + "]", "{\"media_fbid\":\"" + photoId + "\"}");
            }
            postId = graph.post(token, page + "/feed", parameters, true, "publish the post").path("id").asText();
        }
        PublishedPost published = new PublishedPost(postId, "https://www.facebook.com/" + postId);
        if (publication.firstComment() != null && !publication.firstComment().isBlank()) {
            try {
                graph.post(token, "/" + postId + "/comments", GraphApi.params("message", publication.firstComment()), true,
                        "post the first comment");
            } catch (NetworkException e) {
                Log.warnf("Workspace %s channel %s: post %s published as %s but its first comment failed: %s",
                        channel.workspaceId(), channel.channelId(), publication.postId(), postId, e.getMessage());
                published = published.withFirstCommentFailure(e);
            }
        }
        return published;
    }

    private static String text(Publication publication) {
        String text = publication.text() == null ? "" : publication.text();
        String link = publication.link();
        return link != null && !link.isBlank() && !text.contains(link) ? (text + "\n\n" + link).strip() : text;
    }

    @Override
    public Optional<PublishedPost> lookup(ChannelContext channel, Publication publication) {
        JsonNode posts = graph.get(channel.credential(ACCESS_TOKEN), "/" + channel.accountId() + "/posts",
                Map.of("fields", "id,message,permalink_url", "limit", "25"), "look up recent posts").path("data");
        String expected = HtmlText.normalized(publication.text());
        for (JsonNode post : posts) {
            if (HtmlText.normalized(post.path("message").asText()).startsWith(expected)) {
                return Optional.of(new PublishedPost(post.path("id").asText(), post.path("permalink_url").asText(null)));
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
        String token = channel.credential(ACCESS_TOKEN);
        JsonNode post = graph.get(token, "/" + externalId, Map.of("fields",
                "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares"),
                "read the post's counts");
        JsonNode insights = graph.get(token, "/" + externalId + "/insights",
                Map.of("metric", "post_impressions,post_impressions_unique,post_clicks"), "read the post's insights")
                .path("data");
        return new Metrics(GraphInsights.value(insights, "post_impressions"),
                GraphInsights.value(insights, "post_impressions_unique"),
                post.path("reactions").path("summary").path("total_count").asLong(0),
                post.path("comments").path("summary").path("total_count").asLong(0),
                post.path("shares").path("count").asLong(0), null, GraphInsights.value(insights, "post_clicks"), null,
                null);
    }

    @Override
    public Metrics accountMetrics(ChannelContext channel) {
        JsonNode page = graph.get(channel.credential(ACCESS_TOKEN), "/" + channel.accountId(),
                Map.of("fields", "followers_count"), "read the Page");
        return new Metrics(null, null, null, null, null, null, null, null, page.path("followers_count").asLong());
    }

    /** Comments arrive through the Meta webhook ({@code page} object, {@code feed} field). */
    @Override
    public InboxPage inbox(ChannelContext channel, String cursor) {
        return new InboxPage(List.of(), cursor);
    }

    /** The first comment is a comment by the Page on the post ({@code POST /{post-id}/comments}). */
    @Override
    public PublishedPost commentOnPublished(ChannelContext channel, String postExternalId, String text, UUID attemptId) {
        JsonNode comment = graph.post(channel.credential(ACCESS_TOKEN), "/" + postExternalId + "/comments",
                GraphApi.params("message", text), true, "post the first comment");
        return new PublishedPost(comment.path("id").asText(), null);
    }

    @Override
    public PublishedPost reply(ChannelContext channel, String inReplyToExternalId, String text) {
        JsonNode reply = graph.post(channel.credential(ACCESS_TOKEN), "/" + inReplyToExternalId + "/comments",
                GraphApi.params("message", text), true, "send the reply");
        return new PublishedPost(reply.path("id").asText(), null);
    }
}
