package io.sosmed.schedule.connector;

import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.time.Clock;
import java.time.Duration;

/**
 * Classifies an unsuccessful answer the same way for every network: 401 needs a reconnect, 429 and 5xx are retried
 * (after the network's reset time when it gave one), any other 4xx will fail again and says what the network objected to.
 */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    /**
     * @param action what we tried, for the message ("publish the post", "read the metrics")
     * @param reason the network's own explanation from the body, or {@code null}
     */
    public static NetworkException from(Network network, NetworkResponse response, String action, String reason,
            Clock clock) {
        int status = response.status();
        String name = displayName(network);
        String because = reason == null || reason.isBlank() ? "" : ": " + reason.strip().replaceAll("\\.+$", "");
        if (status == 401) {
            return failure(network, FailureKind.AUTH, "token_invalid", name + " rejected the channel's access"
                    + because + "; reconnect the channel.", null, status);
        }
        if (status == 429) {
            Duration wait = RateLimitHeaders.retryAfter(response.headers(), clock).orElse(null);
            return failure(network, FailureKind.RETRYABLE, "rate_limited", name + " rate limit reached while trying to "
                    + action + (wait == null ? "" : "; retrying after " + wait.toSeconds() + " s") + ".", wait, status);
        }
        if (status >= 500 || status == 408) {
            Duration wait = RateLimitHeaders.retryAfter(response.headers(), clock).orElse(null);
            return failure(network, FailureKind.RETRYABLE, "network_unavailable", name + " could not " + action
                    + " right now (HTTP " + status + ")" + because + "; it will be retried.", wait, status);
        }
        if (status == 403) {
            return failure(network, FailureKind.PERMANENT, "forbidden", name + " does not allow the channel to "
                    + action + because + ". Check the account's permissions or reconnect with the needed scopes.",
                    null, status);
        }
        return failure(network, FailureKind.PERMANENT, "rejected", name + " refused to " + action + because + ".",
                null, status);
    }

    public static NetworkException failure(Network network, FailureKind kind, String code, String message,
            Duration retryAfter, Integer status) {
        return new NetworkException(network, kind, code, message, retryAfter, status, null);
    }

    public static String displayName(Network network) {
        return switch (network) {
            case X -> "X";
            case LINKEDIN -> "LinkedIn";
            case TIKTOK -> "TikTok";
            case YOUTUBE -> "YouTube";
            default -> network.name().charAt(0) + network.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
