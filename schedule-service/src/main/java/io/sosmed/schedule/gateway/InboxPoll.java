package io.sosmed.schedule.gateway;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Where one channel's inbox poll continues and when it is due. */
@Entity
@Table(name = "inbox_poll")
public class InboxPoll {

    @Id
    @Column(name = "channel_id")
    public UUID channelId;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    /**
     * The network's cursor (Mastodon notification id, Bluesky indexedAt, X tweet id, LinkedIn
     * {@code comments:<ms>,mentions:<ms>}); null before the first poll.
     */
    public String cursor;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Column(name = "last_error")
    public String lastError;
}
