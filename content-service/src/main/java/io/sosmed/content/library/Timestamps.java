package io.sosmed.content.library;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL stores them (microseconds), so cursors built before and after a reload agree. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
