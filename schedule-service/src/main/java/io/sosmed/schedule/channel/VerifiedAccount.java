package io.sosmed.schedule.channel;

import java.util.Map;

/**
 * An account whose credentials the network accepted.
 *
 * @param credentials what to store encrypted: the given credentials plus anything the network issued (a session)
 * @param tokenExpiresAt when the stored access token expires, or {@code null} when it does not
 */
public record VerifiedAccount(
        String accountId,
        String handle,
        String displayName,
        ChannelLimits limits,
        Map<String, String> credentials,
        java.time.Instant tokenExpiresAt) {

    public VerifiedAccount {
        credentials = Map.copyOf(credentials);
    }

    @Override
    public String toString() {
        return "VerifiedAccount[" + handle + " (" + accountId + ")]";
    }
}
