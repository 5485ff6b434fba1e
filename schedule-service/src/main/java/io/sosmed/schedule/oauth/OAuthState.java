package io.sosmed.schedule.oauth;

import io.sosmed.schedule.network.Network;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A started authorization: who started it for which workspace, and its PKCE verifier (encrypted). Used once. */
@Entity
@Table(name = "oauth_state")
public class OAuthState {

    @Id
    public String state;

    @Column(name = "workspace_id", nullable = false)
    public String workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Network network;

    @Column(name = "verifier_key_id", nullable = false)
    public String verifierKeyId;

    @Column(name = "verifier_ciphertext", nullable = false)
    public String verifierCiphertext;

    @Column(nullable = false)
    public String zone;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
