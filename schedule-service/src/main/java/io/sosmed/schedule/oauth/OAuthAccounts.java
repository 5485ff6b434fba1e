package io.sosmed.schedule.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.channel.ChannelLimits;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.connector.NetworkHttp;
import io.sosmed.schedule.connector.NetworkResponse;
import io.sosmed.schedule.connector.linkedin.LinkedInConfig;
import io.sosmed.schedule.connector.meta.MetaConfig;
import io.sosmed.schedule.connector.x.XConnector;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Who the person who authorized us is on the network, read with the tokens just obtained. */
@ApplicationScoped
public class OAuthAccounts {

    /** Networks whose authorization yields the account to publish as without further choices. */
    static final Set<Network> SUPPORTED = Set.of(Network.X, Network.LINKEDIN, Network.THREADS);
    private static final int LINKEDIN_MAX_TEXT = 3000;
    private static final int THREADS_MAX_TEXT = 500;

    private final NetworkHttp http;
    private final XConnector x;
    private final LinkedInConfig linkedIn;
    private final MetaConfig meta;

    public OAuthAccounts(NetworkHttp http, XConnector x, LinkedInConfig linkedIn, MetaConfig meta) {
        this.http = http;
        this.x = x;
        this.linkedIn = linkedIn;
        this.meta = meta;
    }

    public VerifiedAccount identify(Network network, TokenSet tokens) {
        Map<String, String> credentials = new HashMap<>();
        credentials.put("accessToken", tokens.accessToken());
        if (tokens.refreshToken() != null) {
            credentials.put("refreshToken", tokens.refreshToken());
        }
        return switch (network) {
            case X -> {
                VerifiedAccount account = x.verify(null, credentials);
                yield new VerifiedAccount(account.accountId(), account.handle(), account.displayName(),
                        account.limits(), credentials, tokens.expiresAt());
            }
            case LINKEDIN -> {
                JsonNode me = get(network, URI.create(linkedIn.apiUrl() + "/v2/userinfo"), tokens.accessToken());
                String name = me.path("name").asText(me.path("sub").asText());
                yield new VerifiedAccount("urn:li:person:" + me.path("sub").asText(), name, name,
                        new ChannelLimits(LINKEDIN_MAX_TEXT, null), credentials, tokens.expiresAt());
            }
            case THREADS -> {
                JsonNode me = get(network, URI.create(meta.threadsUrl() + "/me?fields=id,username,name"),
                        tokens.accessToken());
                String handle = "@" + me.path("username").asText();
                yield new VerifiedAccount(me.path("id").asText(), handle, me.path("name").asText(handle),
                        new ChannelLimits(THREADS_MAX_TEXT, null), credentials, tokens.expiresAt());
            }
            default -> throw new IllegalArgumentException(network + " has no OAuth account lookup");
        };
    }

    private JsonNode get(Network network, URI uri, String token) {
        NetworkResponse response = http.send(network, HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET(), false);
        if (!response.isSuccess()) {
            throw NetworkFailures.from(network, response, "read the connected account",
                    response.json().path("message").asText(null), http.clock());
        }
        return response.json();
    }
}
