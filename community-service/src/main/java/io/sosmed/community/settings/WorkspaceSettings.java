package io.sosmed.community.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-workspace settings documents (routing rules, listening rules, SLA and crisis policies), stored as JSON and
 * cached: ingestion reads them for every item. A save drops the cached document at once and again when its
 * transaction ends; other replicas see the change within {@link SettingsConfig#cacheTtl()}.
 */
@ApplicationScoped
public class WorkspaceSettings {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
    /** Grows with every invalidation: a read that overlapped one does not cache what it read. */
    private final AtomicLong invalidations = new AtomicLong();

    public WorkspaceSettings(EntityManager em, ObjectMapper mapper, TransactionSynchronizationRegistry transactions,
            SettingsConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.transactions = transactions;
        this.ttlNanos = config.cacheTtl().toNanos();
    }

    /** The workspace's document of this kind, if an admin saved one. */
    public <T> Optional<T> read(String workspaceId, SettingKind kind, Class<T> type) {
        Key key = new Key(workspaceId, kind);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.loadedAt() < ttlNanos && cached.type() == type) {
            return cached.document().map(type::cast);
        }
        long generation = invalidations.get();
        Optional<T> document = load(workspaceId, kind, type);
        if (invalidations.get() == generation) {
            cache.put(key, new Cached(type, document.map(Object.class::cast), now));
        }
        return document;
    }

    /** Replaces the workspace's document of this kind. */
    @Transactional
    public void save(String workspaceId, SettingKind kind, Object document, String updatedBy) {
        em.createNativeQuery("""
                        insert into workspace_setting (workspace_id, kind, document, updated_by, updated_at)
                        values (?1, ?2, cast(?3 as jsonb), ?4, ?5)
                        on conflict (workspace_id, kind)
                        do update set document = excluded.document, updated_by = excluded.updated_by,
                                      updated_at = excluded.updated_at""")
                .setParameter(1, workspaceId).setParameter(2, kind.name()).setParameter(3, write(document))
                .setParameter(4, updatedBy).setParameter(5, Instant.now())
                .executeUpdate();
        Key key = new Key(workspaceId, kind);
        invalidate(key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED || status == Status.STATUS_ROLLEDBACK) {
                    invalidate(key);
                }
            }
        });
    }

    private void invalidate(Key key) {
        invalidations.incrementAndGet();
        cache.remove(key);
    }

    private <T> Optional<T> load(String workspaceId, SettingKind kind, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "select cast(document as text) from workspace_setting where workspace_id = ?1 and kind = ?2")
                .setParameter(1, workspaceId).setParameter(2, kind.name()).getResultList();
        return rows.stream().findFirst().map(json -> parse(json, type));
    }

    private <T> T parse(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored setting cannot be read as " + type.getSimpleName(), e);
        }
    }

    private String write(Object document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Setting cannot be written as JSON", e);
        }
    }

    private record Key(String workspaceId, SettingKind kind) {
    }

    private record Cached(Class<?> type, Optional<Object> document, long loadedAt) {
    }
}
