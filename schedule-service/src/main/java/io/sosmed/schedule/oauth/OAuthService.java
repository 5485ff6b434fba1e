package io.sosmed.schedule.oauth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.channel.ChannelService;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.credential.CredentialCipher;
import io.sosmed.schedule.credential.SealedCredentials;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OAuth2 authorization code flow with PKCE (RFC 7636, S256): {@link #start} remembers a one-time state and the
 * verifier and sends the person to the provider; {@link #callback} checks the state, exchanges the code with the
 * verifier, identifies the account and connects it as a channel.
 */
@ApplicationScoped
public class OAuthService {

    private final OAuthConfig config;
    private final EntityManager entityManager;
    private final CredentialCipher cipher;
    private final OAuthTokens tokens;
    private final OAuthAccounts accounts;
    private final ChannelService channels;

    public OAuthService(OAuthConfig config, EntityManager entityManager, CredentialCipher cipher, OAuthTokens tokens,
            OAuthAccounts accounts, ChannelService channels) {
        this.config = config;
        this.entityManager = entityManager;
        this.cipher = cipher;
        this.tokens = tokens;
        this.accounts = accounts;
        this.channels = channels;
    }

    /** The provider's authorization URL for a new, one-time state. */
    public URI start(String workspaceId, String by, String networkName, String zone) {
        Network network = network(networkName);
        OAuthConfig.Provider provider = provider(network);
        String validZone = zone(zone == null ? "UTC" : zone);
        String state = Pkce.state();
        String verifier = Pkce.verifier();
        SealedCredentials sealed = cipher.seal(Map.of("verifier", verifier), state);
        OAuthState row = new OAuthState();
        row.state = state;
        row.workspaceId = workspaceId;
        row.network = network;
        row.verifierKeyId = sealed.keyId();
        row.verifierCiphertext = sealed.ciphertext();
        row.zone = validZone;
        row.startedBy = by;
        row.expiresAt = Instant.now().plus(config.stateTtl());
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(row));
        String query = "response_type=code&client_id=" + encode(provider.clientId().orElseThrow())
                + "&redirect_uri=" + encode(redirectUri(network)) + "&scope=" + encode(provider.scopes())
                + "&state=" + encode(state) + "&code_challenge=" + encode(Pkce.challenge(verifier))
                + "&code_challenge_method=S256";
        return URI.create(provider.authorizeUrl() + (provider.authorizeUrl().getRawQuery() == null ? "?" : "&") + query);
    }

    /** Completes the flow; the state works once and only for the network it was started for. */
    public ChannelService.Connected callback(String networkName, String code, String state, String error) {
        Network network = network(networkName);
        if (error != null) {
            throw new ProblemException(400, "authorization-denied", "Authorization was not granted",
                    "The " + network + " authorization ended with '" + error + "'; start again to connect the channel.");
        }
        if (code == null || state == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "code and state are required",
                    List.of(new Problem.FieldError(code == null ? "code" : "state", "is required")));
        }
        OAuthState started = QuarkusTransaction.requiringNew().call(() -> {
            OAuthState row = entityManager.find(OAuthState.class, state);
            if (row != null) {
                entityManager.remove(row);
            }
            return row;
        });
        if (started == null || started.network != network || started.expiresAt.isBefore(Instant.now())) {
            throw new ProblemException(400, "oauth-state-invalid", "Unknown or expired authorization",
                    "This authorization is unknown, was already used or expired; start again to connect the channel.");
        }
        String verifier = cipher.open(new SealedCredentials(started.verifierKeyId, started.verifierCiphertext), state)
                .get("verifier");
        VerifiedAccount account;
        try {
            TokenSet issued = tokens.exchange(network, provider(network), code, verifier, redirectUri(network));
            account = accounts.identify(network, issued);
        } catch (NetworkException e) {
            Log.infof("Workspace %s could not complete the %s authorization: %s", started.workspaceId, network, e.code());
            throw e.kind() == FailureKind.AUTH || e.kind() == FailureKind.PERMANENT
                    ? new ProblemException(422, "authorization-failed", "The authorization could not be completed",
                    e.getMessage())
                    : new ProblemException(503, "network-unavailable", network + " is not answering", e.getMessage());
        }
        return channels.connectVerified(started.workspaceId, started.startedBy, network, null, started.zone, null,
                account);
    }

    String redirectUri(Network network) {
        return config.callbackBase() + "/api/v1/channels/oauth/" + network.name().toLowerCase(Locale.ROOT) + "/callback";
    }

    OAuthConfig.Provider provider(Network network) {
        OAuthConfig.Provider provider = config.providers().get(network.name().toLowerCase(Locale.ROOT));
        if (provider == null || provider.clientId().isEmpty() || !OAuthAccounts.SUPPORTED.contains(network)) {
            throw new ProblemException(400, "validation", "Request is not valid", network
                    + " cannot be connected through OAuth here",
                    List.of(new Problem.FieldError("network", OAuthAccounts.SUPPORTED.contains(network)
                            ? "no OAuth client is configured for " + network + " (sosmed.oauth.providers."
                            + network.name().toLowerCase(Locale.ROOT) + ".client-id)"
                            : network == Network.FACEBOOK || network == Network.INSTAGRAM
                            ? "Facebook Pages and Instagram accounts connect through /channels/oauth/meta/start"
                            : "OAuth connection of " + network + " is not built yet")));
        }
        return provider;
    }

    private static Network network(String value) {
        return Network.parse(value).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "No network " + value));
    }

    static String zone(String value) {
        try {
            ZoneId zone = ZoneId.of(value.trim());
            if (zone instanceof ZoneOffset) {
                throw new DateTimeException("offset");
            }
            return zone.getId();
        } catch (DateTimeException e) {
            throw new ProblemException(400, "validation", "Request is not valid", "zone is not an IANA time zone",
                    List.of(new Problem.FieldError("zone", "must be an IANA time zone such as Europe/Berlin")));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
