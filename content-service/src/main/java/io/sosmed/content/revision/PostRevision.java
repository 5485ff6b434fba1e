package io.sosmed.content.revision;

import io.sosmed.content.post.PostAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a post: the state after it and, per changed field, the value before and after. */
@Entity
@Table(name = "post_revision")
public class PostRevision {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public UUID postId;

    @Column(name = "post_version", nullable = false, updatable = false)
    public long postVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PostAction action;

    @Column(name = "actor_id", nullable = false, updatable = false)
    public String actorId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Object> state = new LinkedHashMap<>();

    /** Field name to {@code {"before": ..., "after": ...}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Map<String, Object> changes = new LinkedHashMap<>();
}
