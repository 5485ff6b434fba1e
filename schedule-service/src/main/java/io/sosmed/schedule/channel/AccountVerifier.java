package io.sosmed.schedule.channel;

import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Connects an account of a network that takes credentials directly (Mastodon access token, Bluesky app password):
 * proves they work and reads who the account is and what its server allows.
 */
public interface AccountVerifier {

    Network network();

    /** Names of the credentials a connect request must carry, e.g. {@code accessToken}. */
    List<String> requiredCredentials();

    /** The server used when the request names none, or {@code null} when the network has no default (Mastodon). */
    String defaultInstanceUrl();

    /** False for networks with one central API (X): the channel stores no server URL. */
    default boolean federated() {
        return true;
    }

    /**
     * Calls the network with the credentials.
     *
     * @throws NetworkException AUTH when the network rejects them, PERMANENT/RETRYABLE like any network call
     */
    VerifiedAccount verify(URI instanceUrl, Map<String, String> credentials);
}
