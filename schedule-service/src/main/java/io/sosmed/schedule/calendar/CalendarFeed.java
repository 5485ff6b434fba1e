package io.sosmed.schedule.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workspace's ICS feed: only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
