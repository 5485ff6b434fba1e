package io.sosmed.schedule.pause;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a detected crisis pauses the workspace's publishing automatically. */
@Entity
@Table(name = "crisis_policy")
public class CrisisPolicy {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Column(name = "auto_pause", nullable = false)
    public boolean autoPause;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
