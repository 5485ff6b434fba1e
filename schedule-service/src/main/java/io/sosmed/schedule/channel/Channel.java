package io.sosmed.schedule.channel;

import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.Network;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A social account connected to a workspace, with its credentials encrypted. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Network network;

    /** The network's id of the account (DID, account id, page id...). */
    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(nullable = false)
    public String handle;

    @Column(name = "display_name")
    public String displayName;

    /** Server of federated networks (Mastodon, Bluesky); null for the others. */
    @Column(name = "instance_url")
    public String instanceUrl;

    @Column(nullable = false)
    public String zone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelStatus status;

    /** Why the channel needs reconnecting, when it does. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "max_text_length")
    public Integer maxTextLength;

    @Column(name = "max_media")
    public Integer maxMedia;

    @Column(name = "credentials_key_id")
    public String credentialsKeyId;

    @Column(name = "credentials_ciphertext")
    public String credentialsCiphertext;

    @Column(name = "token_expires_at")
    public Instant tokenExpiresAt;

    @Column(name = "connected_by", nullable = false)
    public String connectedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "disconnected_at")
    public Instant disconnectedAt;

    public ChannelLimits limits() {
        return new ChannelLimits(maxTextLength, maxMedia);
    }

    @Override
    public String toString() {
        return "Channel[" + network + " " + handle + " (" + id + ")]";
    }
}
