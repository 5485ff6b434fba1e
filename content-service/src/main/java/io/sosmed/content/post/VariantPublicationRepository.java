package io.sosmed.content.post;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Publication states of variants. */
@ApplicationScoped
public class VariantPublicationRepository implements PanacheRepositoryBase<VariantPublication, VariantPublication.Key> {

    public List<VariantPublication> findByPost(UUID postId) {
        return list("postId", postId);
    }

    /** Removes the channels' states except confirmed publications; a bulk delete, so loaded posts never see it. */
    public void deleteUnpublished(UUID postId, List<String> channelIds) {
        delete("postId = ?1 and channelId in ?2 and status <> ?3", postId, channelIds, PublicationStatus.PUBLISHED);
    }

    /** The channel's record, created (not yet stored) when there is none. */
    public VariantPublication findOrNew(UUID postId, String channelId) {
        VariantPublication found = findById(new VariantPublication.Key(postId, channelId));
        if (found != null) {
            return found;
        }
        VariantPublication created = new VariantPublication();
        created.postId = postId;
        created.channelId = channelId;
        return created;
    }
}
