package io.sosmed.schedule.oauth;

import java.time.Instant;

/** Tokens from a provider's token endpoint; never logged ({@link #toString()} omits them). */
public record TokenSet(String accessToken, String refreshToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "TokenSet[expires " + expiresAt + "]";
    }
}
