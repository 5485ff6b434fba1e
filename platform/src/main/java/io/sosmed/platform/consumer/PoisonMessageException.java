package io.sosmed.platform.consumer;

/** A message that can never be processed (not a CloudEvent, wrong shape): it goes to the dead-letter topic at once. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
