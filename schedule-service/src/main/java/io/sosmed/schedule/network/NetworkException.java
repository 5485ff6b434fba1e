package io.sosmed.schedule.network;

import java.time.Duration;
import java.util.Optional;

/**
 * A network call that did not succeed, classified for the engine, with a message a social media manager can act on
 * ("Instagram could not fetch the image: the URL must be public"). The message never contains credentials.
 */
public class NetworkException extends RuntimeException {

    private final Network network;
    private final FailureKind kind;
    private final String code;
    private final Duration retryAfter;
    private final Integer httpStatus;

    public NetworkException(Network network, FailureKind kind, String code, String message, Duration retryAfter,
            Integer httpStatus, Throwable cause) {
        super(message, cause);
        this.network = network;
        this.kind = kind;
        this.code = code;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
    }

    public static NetworkException retryable(Network network, String code, String message, Duration retryAfter) {
        return new NetworkException(network, FailureKind.RETRYABLE, code, message, retryAfter, null, null);
    }

    public static NetworkException permanent(Network network, String code, String message) {
        return new NetworkException(network, FailureKind.PERMANENT, code, message, null, null, null);
    }

    public static NetworkException auth(Network network, String code, String message) {
        return new NetworkException(network, FailureKind.AUTH, code, message, null, null, null);
    }

    public static NetworkException unknownOutcome(Network network, String message, Throwable cause) {
        return new NetworkException(network, FailureKind.UNKNOWN_OUTCOME, "timeout", message, null, null, cause);
    }

    public Network network() {
        return network;
    }

    public FailureKind kind() {
        return kind;
    }

    /** Stable machine code, e.g. {@code rate_limited}, {@code token_expired}, {@code media_rejected}. */
    public String code() {
        return code;
    }

    /** From {@code Retry-After} or the network's rate-limit reset header, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Optional<Integer> httpStatus() {
        return Optional.ofNullable(httpStatus);
    }
}
