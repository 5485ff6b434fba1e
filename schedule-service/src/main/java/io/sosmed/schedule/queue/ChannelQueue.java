package io.sosmed.schedule.queue;

import io.sosmed.schedule.timing.QueueSlot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A channel's weekly publishing slots, read in {@link #zone}. */
@Entity
@Table(name = "channel_queue")
@IdClass(ChannelQueue.Key.class)
public class ChannelQueue {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Id
    @Column(name = "channel_id")
    public String channelId;

    @Column(nullable = false)
    public String zone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<QueueSlot> slots = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    /** Composite key. */
    public record Key(String workspaceId, String channelId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
