package io.sosmed.schedule.oauth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Meta authorization waiting for the choice of Pages / Instagram accounts; the Page tokens are encrypted. */
@Entity
@Table(name = "meta_pending_connection")
public class MetaPendingConnection {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;

    @Column(nullable = false)
    public String zone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MetaPage> choices = new ArrayList<>();

    /** Page id → Page access token, sealed with the row id as associated data. */
    @Column(name = "tokens_key_id", nullable = false)
    public String tokensKeyId;

    @Column(name = "tokens_ciphertext", nullable = false)
    public String tokensCiphertext;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
