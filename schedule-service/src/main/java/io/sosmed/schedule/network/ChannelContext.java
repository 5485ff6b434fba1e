package io.sosmed.schedule.network;

import java.net.URI;
import java.util.Map;

/**
 * What a connector needs to act for one connected channel: where the account lives (federated networks have a server
 * per channel) and its decrypted credentials. Never logged: {@link #toString()} leaves the credentials out.
 *
 * @param baseUrl     API base of the channel's server, e.g. {@code https://mastodon.social} or {@code https://bsky.social}
 * @param accountId   the network's id of the account (page id, person URN, DID...), when known
 * @param credentials secret values by name, e.g. {@code accessToken}, {@code refreshToken}, {@code appPassword}
 * @param tokens      where a connector stores credentials it refreshed or obtained (new access token, session)
 */
public record ChannelContext(
        String workspaceId,
        String channelId,
        Network network,
        URI baseUrl,
        String handle,
        String accountId,
        Map<String, String> credentials,
        CredentialSink tokens) {

    public ChannelContext {
        credentials = Map.copyOf(credentials);
    }

    /** The named credential, or a permanent {@code credentials_missing} failure telling the user to reconnect. */
    public String credential(String name) {
        String value = credentials.get(name);
        if (value == null || value.isBlank()) {
            throw NetworkException.auth(network, "credentials_missing",
                    "The " + network + " channel " + handle + " has no " + name + "; reconnect it.");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ChannelContext[" + network + " " + handle + " (" + channelId + ") at " + baseUrl + "]";
    }

    /** Persists credentials a connector refreshed; the values replace those of the same name. */
    @FunctionalInterface
    public interface CredentialSink {

        void update(Map<String, String> changed);
    }
}
