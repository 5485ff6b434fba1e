package io.sosmed.content.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of a post for review, with the steps it needs and how far it got. */
@Entity
@Table(name = "approval_round")
public class ApprovalRound {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public UUID postId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RoundStep> steps = new ArrayList<>();

    /** Index of the step waiting for a decision; equals the number of steps once approved. */
    @Column(name = "current_step", nullable = false)
    public int currentStep;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public Instant submittedAt;

    /** Version of the post that was submitted. */
    @Column(name = "post_version", nullable = false)
    public long postVersion;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    RoundStep current() {
        return steps.get(currentStep);
    }
}
