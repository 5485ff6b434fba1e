package io.sosmed.content.campaign;

import io.sosmed.content.library.LibraryItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A marketing campaign posts belong to: its dates and budget let analytics report return on investment. */
@Entity
@Table(name = "campaign")
public class Campaign extends LibraryItem {

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
}
