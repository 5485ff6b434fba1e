package io.sosmed.local.simulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated accounts of one network, one per access token, so two channels connected with two tokens are two
 * accounts. Two tokens have a fixed meaning, to try the error paths: {@code expired} is refused (401) and
 * {@code ratelimited} is always out of budget (429).
 */
final class Accounts {

    static final String EXPIRED = "expired";
    static final String RATE_LIMITED = "ratelimited";

    private final String handlePrefix;
    private final Clock clock;
    private final long firstId;
    private final Map<String, SimulatedAccount> byToken = new HashMap<>();

    Accounts(String handlePrefix, Clock clock, long firstId) {
        this.handlePrefix = handlePrefix;
        this.clock = clock;
        this.firstId = firstId;
    }

    /** The token's account; empty for a missing or {@code expired} token. */
    synchronized Optional<SimulatedAccount> forToken(Optional<String> token) {
        if (token.isEmpty() || token.get().equals(EXPIRED)) {
            return Optional.empty();
        }
        return Optional.of(byToken.computeIfAbsent(token.get(), t -> {
            int number = byToken.size() + 1;
            String handle = number == 1 ? handlePrefix : handlePrefix + number;
            return new SimulatedAccount(Long.toString(firstId + number), handle, "Sosmed Demo " + number, clock,
                    firstId + number * 1_000_000L);
        }));
    }

    static boolean rateLimited(Optional<String> token) {
        return token.filter(RATE_LIMITED::equals).isPresent();
    }
}
