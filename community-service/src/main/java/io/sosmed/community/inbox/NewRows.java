package io.sosmed.community.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes a batch's new conversations and items as one insert statement per table: each column goes to PostgreSQL as
 * an array and the rows come back from {@code unnest}. {@link BatchIngestion} uses it instead of persisting the
 * entities; Hibernate's flush (insert actions, value binding, one bind per row) was half of a batch transaction's CPU.
 * The rows are not managed afterwards: nothing in the transaction reads them back through the entity manager. Database
 * triggers and defaults apply as for any insert (the conversation's search vector from its pending text).
 */
@ApplicationScoped
class NewRows {

    private final EntityManager em;
    private final ObjectMapper mapper;

    NewRows(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insertConversations(List<Conversation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery("""
                insert into conversation (id, workspace_id, network, channel_id, thread_key, kind, status, snoozed_until,
                    assignee_id, priority, tags, sentiment, language, post_id, author_handle, author_name, latest_text,
                    item_count, opened_at, last_item_at, first_response_at, closed_at, escalated_at,
                    first_response_due_at, resolution_due_at, first_response_breached, resolution_breached, version,
                    created_at, pending_text)
                select r.id, r.workspace_id, r.network, r.channel_id, r.thread_key, r.kind, r.status, r.snoozed_until,
                    r.assignee_id, r.priority, array(select jsonb_array_elements_text(cast(r.tags as jsonb))),
                    r.sentiment, r.language, r.post_id, r.author_handle, r.author_name, r.latest_text, r.item_count,
                    r.opened_at, r.last_item_at, r.first_response_at, r.closed_at, r.escalated_at,
                    r.first_response_due_at, r.resolution_due_at, r.first_response_breached, r.resolution_breached,
                    r.version, r.created_at, r.pending_text
                from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                    cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(?8 as timestamptz[]),
                    cast(?9 as text[]), cast(?10 as text[]), cast(?11 as text[]), cast(?12 as text[]),
                    cast(?13 as text[]), cast(?14 as uuid[]), cast(?15 as text[]), cast(?16 as text[]),
                    cast(?17 as text[]), cast(?18 as integer[]), cast(?19 as timestamptz[]),
                    cast(?20 as timestamptz[]), cast(?21 as timestamptz[]), cast(?22 as timestamptz[]),
                    cast(?23 as timestamptz[]), cast(?24 as timestamptz[]), cast(?25 as timestamptz[]),
                    cast(?26 as boolean[]), cast(?27 as boolean[]), cast(?28 as bigint[]), cast(?29 as timestamptz[]),
                    cast(?30 as text[]))
                    as r(id, workspace_id, network, channel_id, thread_key, kind, status, snoozed_until, assignee_id,
                         priority, tags, sentiment, language, post_id, author_handle, author_name, latest_text,
                         item_count, opened_at, last_item_at, first_response_at, closed_at, escalated_at,
                         first_response_due_at, resolution_due_at, first_response_breached, resolution_breached,
                         version, created_at, pending_text)""");
        Columns<Conversation> columns = new Columns<>(insert, rows);
        columns.uuids(c -> c.id);
        columns.texts(c -> c.workspaceId);
        columns.texts(c -> c.network.name());
        columns.texts(c -> c.channelId);
        columns.texts(c -> c.threadKey);
        columns.texts(c -> c.kind.name());
        columns.texts(c -> c.status.name());
        columns.instants(c -> c.snoozedUntil);
        columns.texts(c -> c.assigneeId);
        columns.texts(c -> c.priority.name());
        columns.texts(c -> json(c.tags));
        columns.texts(c -> c.sentiment);
        columns.texts(c -> c.language);
        columns.uuids(c -> c.postId);
        columns.texts(c -> c.authorHandle);
        columns.texts(c -> c.authorName);
        columns.texts(c -> c.latestText);
        columns.values(c -> c.itemCount, Integer[]::new);
        columns.instants(c -> c.openedAt);
        columns.instants(c -> c.lastItemAt);
        columns.instants(c -> c.firstResponseAt);
        columns.instants(c -> c.closedAt);
        columns.instants(c -> c.escalatedAt);
        columns.instants(c -> c.firstResponseDueAt);
        columns.instants(c -> c.resolutionDueAt);
        columns.values(c -> c.firstResponseBreached, Boolean[]::new);
        columns.values(c -> c.resolutionBreached, Boolean[]::new);
        columns.values(c -> c.version, Long[]::new);
        columns.instants(c -> c.createdAt);
        columns.texts(c -> c.pendingText);
        insert.executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void insertItems(List<InboxItem> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Query insert = em.createNativeQuery("""
                insert into inbox_item (id, workspace_id, conversation_id, network, channel_id, external_id, kind,
                    author_handle, author_name, author_external_id, text, received_at, recorded_at, parent_external_id,
                    conversation_external_id, post_external_id, post_id, language, sentiment, sentiment_score,
                    conversation_version)
                select * from unnest(cast(?1 as uuid[]), cast(?2 as text[]), cast(?3 as uuid[]), cast(?4 as text[]),
                    cast(?5 as text[]), cast(?6 as text[]), cast(?7 as text[]), cast(?8 as text[]), cast(?9 as text[]),
                    cast(?10 as text[]), cast(?11 as text[]), cast(?12 as timestamptz[]), cast(?13 as timestamptz[]),
                    cast(?14 as text[]), cast(?15 as text[]), cast(?16 as text[]), cast(?17 as uuid[]),
                    cast(?18 as text[]), cast(?19 as text[]), cast(?20 as float8[]), cast(?21 as bigint[]))""");
        Columns<InboxItem> columns = new Columns<>(insert, rows);
        columns.uuids(i -> i.id);
        columns.texts(i -> i.workspaceId);
        columns.uuids(i -> i.conversationId);
        columns.texts(i -> i.network.name());
        columns.texts(i -> i.channelId);
        columns.texts(i -> i.externalId);
        columns.texts(i -> i.kind.name());
        columns.texts(i -> i.authorHandle);
        columns.texts(i -> i.authorName);
        columns.texts(i -> i.authorExternalId);
        columns.texts(i -> i.text);
        columns.instants(i -> i.receivedAt);
        columns.instants(i -> i.recordedAt);
        columns.texts(i -> i.parentExternalId);
        columns.texts(i -> i.conversationExternalId);
        columns.texts(i -> i.postExternalId);
        columns.uuids(i -> i.postId);
        columns.texts(i -> i.language);
        columns.texts(i -> i.sentiment);
        columns.values(i -> i.sentimentScore, Double[]::new);
        columns.values(i -> i.conversationVersion, Long[]::new);
        insert.executeUpdate();
    }

    private String json(List<String> tags) {
        try {
            return mapper.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tags could not be written as JSON", e);
        }
    }

    /** Binds one array per column, in parameter order. */
    private static final class Columns<T> {

        private final Query query;
        private final List<T> rows;
        private int position;

        Columns(Query query, List<T> rows) {
            this.query = query;
            this.rows = rows;
        }

        void texts(Function<T, String> column) {
            values(column, String[]::new);
        }

        void uuids(Function<T, UUID> column) {
            values(column, UUID[]::new);
        }

        /** Timestamps as ISO-8601 text, which PostgreSQL reads exactly (microseconds, UTC). */
        void instants(Function<T, Instant> column) {
            values(row -> {
                Instant at = column.apply(row);
                return at == null ? null : at.toString();
            }, String[]::new);
        }

        <V> void values(Function<T, V> column, IntFunction<V[]> array) {
            query.setParameter(++position, rows.stream().map(column).toArray(array));
        }
    }
}
