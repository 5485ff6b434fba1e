package io.sosmed.schedule.outbound;

/** An outbound URL refused by {@link OutboundUrlGuard}: not https, or pointing at a non-public address. */
public class UnsafeOutboundUrl extends RuntimeException {

    public UnsafeOutboundUrl(String message) {
        super(message);
    }
}
