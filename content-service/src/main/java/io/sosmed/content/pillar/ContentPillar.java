package io.sosmed.content.pillar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A theme the workspace's content is planned around (education, product, ...), with its share of the target mix. */
@Entity
@Table(name = "content_pillar")
public class ContentPillar {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    /** What posts carry in their {@code pillar} field, e.g. {@code education}; never changes. */
    @Column(name = "pillar_key", nullable = false, updatable = false)
    public String key;

    @Column(nullable = false)
    public String name;

    public String description;

    /** Percent of posts planned for this pillar; null when it is not part of the target mix. */
    @Column(name = "target_percent")
    public Integer targetPercent;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
