package io.sosmed.content.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A marketing campaign posts belong to: its dates and budget let analytics report return on investment. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String name;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Budget amount in {@link #currency}; both are set or neither. */
    public BigDecimal budget;

    /** ISO 4217 code of the budget. */
    public String currency;

    /** Archived campaigns stay attached to their posts but are no longer offered for new ones. */
    @Column(nullable = false)
    public boolean archived;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
