package io.sosmed.content.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who decided what on which step of a round, and when. */
@Entity
@Table(name = "approval_decision")
public class ApprovalDecision {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false, updatable = false)
    public UUID roundId;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public UUID postId;

    /** The step decided; null for submission and cancellation. */
    @Column(name = "step_index")
    public Integer stepIndex;

    @Column(name = "step_name")
    public String stepName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    public String comment;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
