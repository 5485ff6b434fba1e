package io.sosmed.schedule.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** schedule-service's copy of a post from content-service: what it may schedule, and on which channels. */
@Entity
@Table(name = "schedulable_post")
public class SchedulablePost {

    @Id
    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String title;

    /** The content-service status last heard of. */
    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "channel_ids", nullable = false)
    public List<String> channelIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The post version last applied; older updates are ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether the workspace approval policy applies: then only an APPROVED post may be scheduled. */
    @Column(name = "approval_required", nullable = false)
    public boolean approvalRequired;

    @Column(name = "campaign_id")
    public String campaignId;

    /** The content pillar key the post belongs to (planning mix); null when it has none. */
    public String pillar;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PostVariant> variants = new ArrayList<>();

    /** Statuses of a post that passed approval (content-service moves it on once it is scheduled and published). */
    private static final Set<String> APPROVED_OR_LATER = Set.of("APPROVED", "SCHEDULED", "PUBLISHING", "PUBLISHED");

    public boolean isDeleted() {
        return PostLifecycleConsumer.DELETED.equals(status);
    }

    /** Approved, or not subject to the approval policy at all. */
    public boolean isSchedulable() {
        return !isDeleted() && (!approvalRequired || APPROVED_OR_LATER.contains(status));
    }

    public Optional<PostVariant> variant(String channelId) {
        return variants.stream().filter(v -> channelId.equals(v.channelId())).findFirst();
    }
}
