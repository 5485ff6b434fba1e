package io.sosmed.schedule.pause;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A pause in force: the whole workspace ({@link #WORKSPACE} channel id) or one channel publishes nothing while it lasts. */
@Entity
@Table(name = "publishing_pause")
@IdClass(PublishingPause.Key.class)
public class PublishingPause {

    /** Channel id of a workspace-wide pause. */
    public static final String WORKSPACE = "";

    public enum Trigger {
        MANUAL, CRISIS
    }

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Id
    @Column(name = "channel_id")
    public String channelId;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trigger trigger;

    @Column(name = "paused_by")
    public String pausedBy;

    @Column(name = "paused_at", nullable = false)
    public Instant pausedAt;

    public boolean isWorkspace() {
        return WORKSPACE.equals(channelId);
    }

    /** Composite key. */
    public record Key(String workspaceId, String channelId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
