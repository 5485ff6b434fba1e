package io.sosmed.schedule.besttime;

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

/** The latest best posting hours analytics-service computed for one channel. */
@Entity
@Table(name = "channel_best_times")
@IdClass(ChannelBestTimes.Key.class)
public class ChannelBestTimes {

    @Id
    @Column(name = "workspace_id")
    public String workspaceId;

    @Id
    @Column(name = "channel_id")
    public String channelId;

    @Column(nullable = false)
    public String zone;

    /** CHANNEL (from its own history) or NETWORK (analytics' own network-wide estimate). */
    @Column(nullable = false)
    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<BestTimesUpdated.Slot> slots = new ArrayList<>();

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    /** Composite key. */
    public record Key(String workspaceId, String channelId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
