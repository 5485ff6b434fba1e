package io.sosmed.schedule.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest pillar set and target mix content-service announced for a workspace. */
@Entity
@Table(name = "workspace_pillars")
public class WorkspacePillars {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    /** Version of the set in content-service; an event with a lower or equal version changes nothing. */
    @Column(nullable = false)
    public long version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PillarTarget> pillars = new ArrayList<>();

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
