package io.sosmed.schedule.publishing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.schedule.network.MediaItem;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.post.PostVariant;
import io.sosmed.schedule.post.SchedulablePostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
        return build(claim, variantsOf(List.of(claim)));
    }

    /** The posts of a batch of claims, read in one query: post id to its variants. */
    public Map<UUID, List<PostVariant>> variantsOf(List<Claim> claims) {
        return variantsOf(claims, Claim::workspaceId, Claim::postId);
    }

    /** The posts of any batch of rows naming a workspace and a post, read in one query per workspace. */
    public <T> Map<UUID, List<PostVariant>> variantsOf(List<T> rows, Function<T, String> workspaceOf,
            Function<T, UUID> postOf) {
        Map<String, Set<UUID>> postsByWorkspace = new HashMap<>();
        rows.forEach(r -> postsByWorkspace.computeIfAbsent(workspaceOf.apply(r), ws -> new HashSet<>())
                .add(postOf.apply(r)));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<UUID, List<PostVariant>> variants = new HashMap<>();
            postsByWorkspace.forEach((workspaceId, postIds) -> posts.list("workspaceId = ?1 and postId in ?2", workspaceId, postIds)
                    .forEach(post -> variants.put(post.postId, List.copyOf(post.variants))));
            return variants;
        });
    }

    /**
     * Builds the publication from variants read by {@link #variantsOf}; reads the media's facts.
     *
     * @throws MissingVariant when the post no longer has a variant for the channel
     */
    public Publication build(Claim claim, Map<UUID, List<PostVariant>> variants) {
        PostVariant variant = variants.getOrDefault(claim.postId(), List.of()).stream()
                .filter(v -> claim.channelId().equals(v.channelId())).findFirst()
                .orElseThrow(() -> new MissingVariant(claim));
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
