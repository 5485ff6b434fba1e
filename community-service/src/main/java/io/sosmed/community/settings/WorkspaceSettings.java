package io.sosmed.community.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Per-workspace settings documents (routing rules, listening rules, SLA and crisis policies), stored as JSON. */
@ApplicationScoped
public class WorkspaceSettings {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public WorkspaceSettings(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** The workspace's document of this kind, if an admin saved one. */
    public <T> Optional<T> read(String workspaceId, SettingKind kind, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                        "select cast(document as text) from workspace_setting where workspace_id = ?1 and kind = ?2")
                .setParameter(1, workspaceId).setParameter(2, kind.name()).getResultList();
        return rows.stream().findFirst().map(json -> parse(json, type));
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
}
