package io.sosmed.content.post;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message, written once and tailored per target channel in its variants. */
@Entity
@Table(name = "post")
public class Post {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostStatus status;

    /** Campaign the post belongs to (owned by this service's campaign library), if any. */
    @Column(name = "campaign_id")
    public UUID campaignId;

    /** Content pillar, e.g. {@code education}, for the workspace's planned content mix. */
    public String pillar;

    /** The person the post speaks for when it is ghostwritten (e.g. an executive); they approve it. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    /** Token subject of the person who created the post. */
    @Column(name = "author_id", nullable = false, updatable = false)
    public String authorId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_variant", joinColumns = @JoinColumn(name = "post_id"))
    @OrderColumn(name = "position")
    public List<PostVariant> variants = new ArrayList<>();

    /** Publication state per variant channel, kept from schedule-service's events; never written from here. */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "post_id", insertable = false, updatable = false)
    @BatchSize(size = 100)
    public Set<VariantPublication> publications = new HashSet<>();

    /** When the author plans it to go out (e.g. from a CSV import); scheduling itself is schedule-service's. */
    @Column(name = "planned_at")
    public Instant plannedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When the post went to the trash; null while it is live. */
    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Version
    public long version;

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
