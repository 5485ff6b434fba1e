package io.sosmed.analytics.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** analytics-service's copy of a post from content-service: whose metrics it collects and attributes. */
@Entity
@Table(name = "tracked_post")
public class TrackedPost {

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

    @Column(name = "campaign_id")
    public String campaignId;

    public String pillar;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The post version last applied; older updates are ignored. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
