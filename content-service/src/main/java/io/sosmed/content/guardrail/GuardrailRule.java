package io.sosmed.content.guardrail;

import io.sosmed.content.network.Network;
import io.sosmed.content.network.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored brand guardrail of a workspace. */
@Entity
@Table(name = "guardrail")
public class GuardrailRule {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GuardrailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> terms = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> disclosures = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Network network;

    @Column(name = "max_emojis")
    public Integer maxEmojis;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_policy")
    public LinkPolicy linkPolicy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> domains = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    Guardrail toGuardrail() {
        return new Guardrail(id, name, kind, severity, terms, disclosures, network, maxEmojis, linkPolicy, domains);
    }
}
