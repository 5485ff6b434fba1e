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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A workspace's approval policy; a workspace without one uses {@link ApprovalPolicyService#DEFAULT}. */
@Entity
@Table(name = "approval_policy")
public class ApprovalPolicy {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalMode mode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ApprovalStep> steps = new ArrayList<>();

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
