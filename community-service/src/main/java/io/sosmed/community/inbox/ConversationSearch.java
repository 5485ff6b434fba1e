package io.sosmed.community.inbox;

import io.sosmed.community.sla.SlaClock;
import io.sosmed.community.sla.SlaPolicy;
import io.sosmed.platform.paging.KeysetCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inbox list: a workspace's conversations, latest activity first, narrowed by filters; each filter has an
 * index starting with the workspace (see V10); {@code q} matches the lexemes of any of a conversation's items.
 */
@ApplicationScoped
public class ConversationSearch {

    /** Used when the workspace has no SLA policy; {@code sla=at-risk} then finds nothing anyway (no due times). */
    private static final int DEFAULT_AT_RISK_MINUTES = 30;
    /** Up to this many full-text matches are listed by id. */
    static final int FEW_MATCHES = 100;
    /** Conversations checked in inbox order before asking the full-text index (a term in 5% of them fills a page). */
    static final int WINDOW = 1_000;
    private static final String QUERY =
            "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('sosmed_indonesian', :q))";

    private final EntityManager em;
    private final SlaClock sla;

    public ConversationSearch(EntityManager em, SlaClock sla) {
        this.em = em;
        this.sla = sla;
    }

    @Transactional
    public ConversationPage search(String workspaceId, String currentMember, ConversationFilter filter) {
        StringBuilder sql = new StringBuilder("select c.* from conversation c where c.workspace_id = :workspace");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("workspace", workspaceId);
        params.put("limit", filter.limit() + 1);
        if (filter.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (ConversationFilter.UNASSIGNED.equals(filter.assignee())) {
            sql.append(" and c.assignee_id is null");
        } else if (filter.assignee() != null) {
            String assignee = "me".equals(filter.assignee()) ? currentMember : filter.assignee();
            sql.append(" and c.assignee_id = :assignee");
            params.put("assignee", assignee);
        }
        equal(sql, params, "channel_id", "channelId", filter.channelId());
        equal(sql, params, "network", "network", filter.network() == null ? null : filter.network().name());
        equal(sql, params, "kind", "kind", filter.kind() == null ? null : filter.kind().name());
        equal(sql, params, "sentiment", "sentiment", filter.sentiment() == null ? null : filter.sentiment().name());
        equal(sql, params, "priority", "priority", filter.priority() == null ? null : filter.priority().name());
        if (filter.tag() != null) {
            sql.append(" and c.tags @> array[cast(:tag as text)]");
            params.put("tag", filter.tag());
        }
        if (filter.sla() != null) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Instant limit = filter.sla() == ConversationFilter.SlaState.BREACHED ? now
                    : now.plus(atRiskMinutes(workspaceId), ChronoUnit.MINUTES);
            sql.append(" and c.status <> 'CLOSED' and ").append(dueBy("due"));
            params.put("due", limit);
            if (filter.sla() == ConversationFilter.SlaState.AT_RISK) {
                sql.append(" and not ").append(dueBy("now"));
                params.put("now", now);
            }
        }
        KeysetCursor cursor = filter.cursor();
        if (cursor != null) {
            sql.append(" and (c.last_item_at, c.id) < (:cursorAt, :cursorId)");
            params.put("cursorAt", cursor.createdAt());
            params.put("cursorId", cursor.id());
        }
        List<Conversation> rows = filter.q() == null ? list(sql, params)
                : search(workspaceId, filter.q(), filter.limit(), sql, params);
        return page(rows, filter.limit());
    }

    /**
     * {@code q} in three steps, each used only when the one before cannot answer: the next {@link #WINDOW}
     * conversations in inbox order are checked (a common term fills the page from them); else the full-text index
     * alone tells whether at most {@link #FEW_MATCHES} conversations match (listed by id); else the inbox order is
     * walked with the term as filter. Every step returns exactly the next page in inbox order.
     */
    private List<Conversation> search(String workspaceId, String q, int limit, StringBuilder filtered,
            Map<String, Object> params) {
        params.put("q", q);
        params.put("window", WINDOW);
        List<Conversation> dense = list(new StringBuilder("select c.* from (").append(filtered)
                .append(" order by c.last_item_at desc, c.id desc limit :window) c where c.search_vector @@ ")
                .append(QUERY), params);
        params.remove("window");
        if (dense.size() > limit) {
            return dense;
        }
        List<UUID> fewMatches = fewMatches(workspaceId, q);
        if (fewMatches.isEmpty()) {
            return List.of();
        }
        if (fewMatches.size() <= FEW_MATCHES) {
            params.remove("q");
            params.put("matches", fewMatches);
            return list(new StringBuilder(filtered).append(" and c.id in (:matches)"), params);
        }
        return list(new StringBuilder(filtered).append(" and c.search_vector @@ ").append(QUERY), params);
    }

    /** The statement's rows in inbox order, at most {@code :limit}. */
    private List<Conversation> list(StringBuilder sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql + " order by c.last_item_at desc, c.id desc limit :limit",
                Conversation.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Conversation> rows = query.getResultList();
        return rows;
    }

    private static ConversationPage page(List<Conversation> rows, int limit) {
        boolean more = rows.size() > limit;
        List<Conversation> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new KeysetCursor(page.get(page.size() - 1).lastItemAt, page.get(page.size() - 1).id).encode()
                : null;
        return new ConversationPage(page.stream().map(ConversationSummary::of).toList(), next);
    }

    /** A target not met is due by the instant parameter {@code name} (never null, so it can be negated). */
    private static String dueBy(String name) {
        return "((c.first_response_at is null and c.first_response_due_at <= :" + name + ") is true"
                + " or (c.resolution_due_at <= :" + name + ") is true)";
    }

    /**
     * Up to {@link #FEW_MATCHES} + 1 conversations matching {@code q}, read from the full-text index alone (bitmap
     * scan forced for this statement). A rare or absent term is then answered by id; a common one by walking the
     * inbox order, where matches are dense. Left to itself the planner walks the inbox order for rare terms too
     * (it assumes any term matches 0.5% of rows) and reads the whole workspace when nothing matches.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> fewMatches(String workspaceId, String q) {
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        em.createNativeQuery("set local enable_indexscan = off").executeUpdate();
        try {
            return em.createNativeQuery("select c.id from conversation c where c.workspace_id = :workspace"
                            + " and c.search_vector @@ " + QUERY + " limit :limit", UUID.class)
                    .setParameter("workspace", workspaceId).setParameter("q", q).setParameter("limit", FEW_MATCHES + 1)
                    .getResultList();
        } finally {
            em.createNativeQuery("set local enable_seqscan = on").executeUpdate();
            em.createNativeQuery("set local enable_indexscan = on").executeUpdate();
        }
    }

    private int atRiskMinutes(String workspaceId) {
        return sla.policy(workspaceId).map(SlaPolicy::atRiskMinutesOrDefault).orElse(DEFAULT_AT_RISK_MINUTES);
    }

    private static void equal(StringBuilder sql, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            sql.append(" and c.").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
