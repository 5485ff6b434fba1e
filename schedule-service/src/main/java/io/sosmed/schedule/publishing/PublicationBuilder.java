package io.sosmed.schedule.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.MediaItem;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.post.PostVariant;
import io.sosmed.schedule.post.SchedulablePost;
import io.sosmed.schedule.post.SchedulablePostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds what a connector publishes from the post's variant for the channel and its media. */
@ApplicationScoped
public class PublicationBuilder {

    private final SchedulablePostRepository posts;
    private final MediaSource media;

    public PublicationBuilder(SchedulablePostRepository posts, MediaSource media) {
        this.posts = posts;
        this.media = media;
    }

    /** @throws MissingVariant when the post no longer has a variant for the channel */
    public Publication build(Claim claim) {
        PostVariant variant = QuarkusTransaction.joiningExisting().call(() -> posts.findInWorkspace(claim.workspaceId(), claim.postId())
                .flatMap(post -> post.variant(claim.channelId()))
                .orElseThrow(() -> new MissingVariant(claim)));
        List<MediaItem> items = new ArrayList<>();
        for (UUID mediaId : variant.mediaIds()) {
            items.add(media.item(claim.workspaceId(), mediaId));
        }
        return new Publication(claim.attemptId(), claim.postId(), variant.text(), items, variant.link(),
                variant.firstComment(), variant.options());
    }

    /** The post has no variant for the channel any more (edited after scheduling without being unscheduled). */
    public static class MissingVariant extends RuntimeException {

        MissingVariant(Claim claim) {
            super("Post " + claim.postId() + " has no variant for channel " + claim.channelId() + "; edit the post or unschedule it");
        }
    }
}
