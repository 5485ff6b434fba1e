package io.sosmed.community.post;

import io.sosmed.community.lock.AdvisoryLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Our posts by their id on a network (from {@code post.published}), so comments on them link to the post. */
@ApplicationScoped
public class PublishedPosts {

    private final EntityManager em;
    private final AdvisoryLocks locks;

    public PublishedPosts(EntityManager em, AdvisoryLocks locks) {
        this.em = em;
        this.locks = locks;
    }

    /**
     * The advisory lock on linking comments to the post published as {@code externalId}: items that may answer it
     * hold it shared while they are stored, {@link #record} holds it alone. Without it, an item stored while the
     * publication is recorded would see no post and be missed by the linking update (not yet committed).
     */
    public static String linkLock(String workspaceId, String network, String externalId) {
        return "post-link|" + workspaceId + "|" + network + "|" + externalId;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String workspaceId, PostPublished published) {
        locks.lock(linkLock(workspaceId, published.network(), published.externalId()));
        em.createNativeQuery("""
                        insert into published_post (workspace_id, network, external_id, post_id, channel_id, url, published_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        on conflict (workspace_id, network, external_id) do nothing""")
                .setParameter(1, workspaceId).setParameter(2, published.network())
                .setParameter(3, published.externalId()).setParameter(4, published.postId())
                .setParameter(5, published.channelId()).setParameter(6, published.url())
                .setParameter(7, published.publishedAt())
                .executeUpdate();
        linkEarlierComments(workspaceId, published);
    }

    /** Comments that arrived before the publication event are linked now (the topics do not keep a common order). */
    private void linkEarlierComments(String workspaceId, PostPublished published) {
        int items = em.createNativeQuery("""
                        update inbox_item set post_id = ?4
                        where workspace_id = ?1 and network = ?2 and post_id is null
                          and (post_external_id = ?3 or parent_external_id = ?3)""")
                .setParameter(1, workspaceId).setParameter(2, published.network())
                .setParameter(3, published.externalId()).setParameter(4, published.postId())
                .executeUpdate();
        if (items > 0) {
            em.createNativeQuery("""
                            update conversation c set post_id = ?2, version = version + 1
                            where c.workspace_id = ?1 and c.post_id is null
                              and exists (select 1 from inbox_item i where i.conversation_id = c.id and i.post_id = ?2)""")
                    .setParameter(1, workspaceId).setParameter(2, published.postId())
                    .executeUpdate();
        }
    }

    /** The post published as {@code externalId} on {@code network} in this workspace. */
    public Optional<UUID> findPostId(String workspaceId, String network, String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        select post_id from published_post
                        where workspace_id = ?1 and network = ?2 and external_id = ?3""", UUID.class)
                .setParameter(1, workspaceId).setParameter(2, network).setParameter(3, externalId)
                .getResultList();
        return ids.stream().findFirst();
    }
}
