package io.sosmed.content.channel;

import io.sosmed.content.network.Network;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A connected social account as schedule-service announced it; content-service only reads it to validate variants. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    public String id;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Network network;

    @Column(nullable = false)
    public String handle;

    @Column(name = "display_name")
    public String displayName;

    /** Base URL of the server for federated networks (Mastodon). */
    @Column(name = "instance_url")
    public String instanceUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelStatus status;

    /** IANA zone the channel posts in. */
    public String zone;

    /** The channel's own text limit (e.g. a Mastodon instance's), null for the network's default. */
    @Column(name = "max_text_length")
    public Integer maxTextLength;

    /** The channel's own attachment limit, null for the network's default. */
    @Column(name = "max_media")
    public Integer maxMedia;

    /** When the change described by the last applied event happened ({@code data.at}); older events are ignored. */
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public boolean isConnected() {
        return status != ChannelStatus.DISCONNECTED;
    }
}
