package io.sosmed.content.network;

/** Thrown when a text is so unusual that finding its links would take longer than a request may spend. */
public final class CountingTimeout extends RuntimeException {

    CountingTimeout() {
        super("Link detection exceeded its time budget", null, false, false);
    }
}
