package io.sosmed.content.snippet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A reusable piece of text (a sign-off, a disclaimer, a call to action) inserted into posts as it is. */
@Entity
@Table(name = "content_snippet")
public class Snippet {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
