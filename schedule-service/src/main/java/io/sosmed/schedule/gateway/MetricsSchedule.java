package io.sosmed.schedule.gateway;

import io.sosmed.schedule.network.Network;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** When the metrics of one published post are read next: +1 h, +6 h, +24 h, +72 h and +7 d after publishing. */
@Entity
@Table(name = "metrics_schedule")
public class MetricsSchedule {

    /** Offsets from the publishing time; the counters change fast at first and barely after a week. */
    public static final List<Duration> STEPS = List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24),
            Duration.ofHours(72), Duration.ofDays(7));

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Column(name = "channel_id", nullable = false)
    public String channelId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Network network;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /** Index into {@link #STEPS} of the next reading. */
    @Column(nullable = false)
    public int step;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Moves to the next step; false when this was the last one. */
    public boolean advance() {
        step++;
        attempts = 0;
        leaseUntil = null;
        if (step >= STEPS.size()) {
            return false;
        }
        dueAt = publishedAt.plus(STEPS.get(step));
        return true;
    }
}
