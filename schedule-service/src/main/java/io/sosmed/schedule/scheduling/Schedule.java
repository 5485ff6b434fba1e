package io.sosmed.schedule.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.sosmed.schedule.timing.DstGap;
import io.sosmed.schedule.timing.DstOverlap;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** A person's request to publish a post on some channels: when (as asked) and how often. */
@Entity
@Table(name = "schedule")
public class Schedule {

    public enum Status {
        ACTIVE, UNSCHEDULED
    }

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public UUID postId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ScheduleMode mode;

    @Column(nullable = false)
    public String zone;

    /** The wall-clock time asked for (mode AT), in {@link #zone}. */
    @Column(name = "requested_local")
    public LocalDateTime requestedLocal;

    @Enumerated(EnumType.STRING)
    @Column(name = "dst_gap", nullable = false)
    public DstGap dstGap;

    @Enumerated(EnumType.STRING)
    @Column(name = "dst_overlap", nullable = false)
    public DstOverlap dstOverlap;

    /** Canonical RRULE, or null for a one-off. */
    public String recurrence;

    @Column(name = "max_occurrences")
    public Integer maxOccurrences;

    /** ISO-8601 duration an evergreen repeat waits after the previous publication on the same channel. */
    @Column(name = "minimum_gap")
    public String minimumGap;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The post version that was scheduled. */
    @Column(name = "post_version", nullable = false)
    public long postVersion;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
