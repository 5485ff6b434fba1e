package io.sosmed.schedule.channel;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Connects an account with direct credentials (Mastodon: {@code accessToken}; Bluesky: {@code identifier} and
 * {@code appPassword}).
 *
 * @param instanceUrl the account's server, e.g. {@code https://mastodon.social}; Bluesky defaults to {@code https://bsky.social}
 * @param zone        IANA zone for the channel's queue slots; defaults to UTC
 */
public record ConnectChannelRequest(
        @Schema(examples = "BLUESKY") String network,
        Map<String, String> credentials,
        @Schema(examples = "https://bsky.social") String instanceUrl,
        @Schema(examples = "Europe/Berlin") String zone,
        String displayName) {

    @Override
    public String toString() {
        return "ConnectChannelRequest[" + network + " at " + instanceUrl + ", credentials "
                + (credentials == null ? "none" : credentials.keySet()) + "]";
    }
}
