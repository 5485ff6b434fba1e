package io.sosmed.schedule.connector.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.channel.AccountVerifier;
import io.sosmed.schedule.channel.ChannelLimits;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Bluesky through the AT Protocol's XRPC endpoints of the account's PDS (docs.bsky.app): app-password sessions,
 * posts as {@code app.bsky.feed.post} records.
 */
@ApplicationScoped
public class BlueskyConnector implements AccountVerifier {

    static final int MAX_GRAPHEMES = 300;
    static final int MAX_IMAGES = 4;

    private final BlueskySessions sessions;

    public BlueskyConnector(BlueskySessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Network network() {
        return Network.BLUESKY;
    }

    @Override
    public List<String> requiredCredentials() {
        return List.of(BlueskySessions.IDENTIFIER, BlueskySessions.APP_PASSWORD);
    }

    @Override
    public String defaultInstanceUrl() {
        return "https://bsky.social";
    }

    @Override
    public VerifiedAccount verify(URI instanceUrl, Map<String, String> credentials) {
        JsonNode session = sessions.create(instanceUrl, credentials.get(BlueskySessions.IDENTIFIER),
                credentials.get(BlueskySessions.APP_PASSWORD));
        String handle = session.path("handle").asText();
        return new VerifiedAccount(session.path("did").asText(), handle, handle,
                new ChannelLimits(MAX_GRAPHEMES, MAX_IMAGES), BlueskySessions.stored(credentials, session), null);
    }
}
