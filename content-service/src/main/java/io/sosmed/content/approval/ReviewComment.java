package io.sosmed.content.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reviewer's or author's comment on a post; a reply names its parent comment. */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "post_id", nullable = false, updatable = false)
    public UUID postId;

    @Column(name = "parent_id", updatable = false)
    public UUID parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
