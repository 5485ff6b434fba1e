package io.sosmed.community.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A detected spike of negative items in a workspace, with its evidence, until an admin clears it. */
@Entity
@Table(name = "crisis")
public class Crisis {

    /** Whether the crisis is still going on. */
    public enum Status { ACTIVE, CLEARED }

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "window_start", nullable = false)
    public Instant windowStart;

    @Column(name = "window_end", nullable = false)
    public Instant windowEnd;

    @Column(name = "negative_count", nullable = false)
    public int negativeCount;

    @Column(name = "baseline_mean", nullable = false)
    public double baselineMean;

    @Column(name = "baseline_std_dev", nullable = false)
    public double baselineStdDev;

    @Column(nullable = false)
    public double threshold;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "top_terms", nullable = false)
    public List<String> topTerms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sample_item_ids", nullable = false)
    public List<String> sampleItemIds = new ArrayList<>();

    @Column(name = "auto_pause", nullable = false)
    public boolean autoPause;

    @Column(name = "cleared_by")
    public String clearedBy;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    public String note;
}
