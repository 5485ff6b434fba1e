package io.sosmed.content.post;

import io.sosmed.platform.paging.KeysetCursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Posts of a workspace; every lookup is scoped to the workspace so no tenant sees another's posts. */
@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    /** A post of the workspace, live or in the trash. */
    public Optional<Post> findInWorkspace(String workspaceId, UUID id) {
        return find("workspaceId = ?1 and id = ?2", workspaceId, id).firstResultOptional();
    }

    /** Posts matching the filter, newest first, strictly after the cursor, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<Post> search(String workspaceId, PostFilter filter, KeysetCursor after, int limit) {
        StringBuilder sql = new StringBuilder("select p.* from post p where p.workspace_id = :workspace");
        Map<String, Object> params = new HashMap<>();
        params.put("workspace", workspaceId);
        sql.append(filter.deleted() ? " and p.deleted_at is not null" : " and p.deleted_at is null");
        if (filter.status() != null) {
            sql.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.campaignId() != null) {
            sql.append(" and p.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.pillar() != null) {
            sql.append(" and p.pillar = :pillar");
            params.put("pillar", filter.pillar());
        }
        if (filter.authorId() != null) {
            sql.append(" and p.author_id = :author");
            params.put("author", filter.authorId());
        }
        if (filter.tag() != null) {
            sql.append(" and :tag = any (p.tags)");
            params.put("tag", filter.tag());
        }
        if (filter.channelId() != null) {
            sql.append(" and exists (select 1 from post_variant v where v.post_id = p.id and v.channel_id = :channel)");
            params.put("channel", filter.channelId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (lower(p.title) like :text escape '!'")
                    .append(" or exists (select 1 from post_variant w where w.post_id = p.id and lower(w.text) like :text escape '!'))");
            params.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (after != null) {
            sql.append(" and (p.created_at, p.id) < (:afterTime, :afterId)");
            params.put("afterTime", after.createdAt());
            params.put("afterId", after.id());
        }
        sql.append(" order by p.created_at desc, p.id desc limit :limit");
        params.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Post.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
