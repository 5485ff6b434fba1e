package io.sosmed.schedule.oauth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.channel.ChannelLimits;
import io.sosmed.schedule.channel.ChannelResponse;
import io.sosmed.schedule.channel.ChannelService;
import io.sosmed.schedule.channel.VerifiedAccount;
import io.sosmed.schedule.credential.CredentialCipher;
import io.sosmed.schedule.credential.SealedCredentials;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Connecting Facebook Pages and Instagram accounts: Facebook Login (authorization code, confidential client) gives a
 * user token; the callback lists the Pages it manages and keeps them as a short-lived pending connection; the admin then
 * chooses which Pages / linked Instagram accounts become channels, each storing its Page access token.
 */
@ApplicationScoped
public class MetaConnectService {

    static final String PROVIDER = "meta";
    private static final ChannelLimits FACEBOOK_LIMITS = new ChannelLimits(63_206, 10);
    private static final ChannelLimits INSTAGRAM_LIMITS = new ChannelLimits(2_200, 10);

    private final OAuthConfig config;
    private final EntityManager em;
    private final CredentialCipher cipher;
    private final MetaLogin login;
    private final ChannelService channels;

    public MetaConnectService(OAuthConfig config, EntityManager em, CredentialCipher cipher, MetaLogin login,
            ChannelService channels) {
        this.config = config;
        this.em = em;
        this.cipher = cipher;
        this.login = login;
        this.channels = channels;
    }

    /** Facebook Login dialog URL for a new one-time state (kept in {@code oauth_state} with network FACEBOOK). */
    public URI start(String workspaceId, String by, String zone) {
        OAuthConfig.Provider provider = provider();
        String state = Pkce.state();
        SealedCredentials nothing = cipher.seal(Map.of(), state);
        OAuthState row = new OAuthState();
        row.state = state;
        row.workspaceId = workspaceId;
        row.network = Network.FACEBOOK;
        row.verifierKeyId = nothing.keyId();
        row.verifierCiphertext = nothing.ciphertext();
        row.zone = OAuthService.zone(zone == null ? "UTC" : zone);
        row.startedBy = by;
        row.expiresAt = Instant.now().plus(config.stateTtl());
        QuarkusTransaction.requiringNew().run(() -> em.persist(row));
        String query = "client_id=" + OAuthService.encode(provider.clientId().orElseThrow())
                + "&redirect_uri=" + OAuthService.encode(redirectUri()) + "&state=" + OAuthService.encode(state)
                + "&response_type=code&scope=" + OAuthService.encode(provider.scopes());
        URI dialog = provider.authorizeUrl();
        return URI.create(dialog + (dialog.getRawQuery() == null ? "?" : "&") + query);
    }

    /** Checks the state, gets the person's Pages and keeps them as a pending connection to choose from. */
    public MetaPendingResponse callback(String code, String state, String error) {
        if (error != null) {
            throw new ProblemException(400, "authorization-denied", "Authorization was not granted",
                    "The Facebook authorization ended with '" + error + "'; start again to connect Pages.");
        }
        if (code == null || state == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "code and state are required",
                    List.of(new Problem.FieldError(code == null ? "code" : "state", "is required")));
        }
        OAuthState started = QuarkusTransaction.requiringNew().call(() -> {
            OAuthState row = em.find(OAuthState.class, state);
            if (row != null) {
                em.remove(row);
            }
            em.createQuery("delete from MetaPendingConnection p where p.expiresAt < :now")
                    .setParameter("now", Instant.now()).executeUpdate();
            return row;
        });
        if (started == null || started.network != Network.FACEBOOK || started.expiresAt.isBefore(Instant.now())) {
            throw new ProblemException(400, "oauth-state-invalid", "Unknown or expired authorization",
                    "This authorization is unknown, was already used or expired; start again to connect Pages.");
        }
        List<MetaLogin.ManagedPage> pages;
        try {
            pages = login.pages(login.userToken(provider(), code, redirectUri()));
        } catch (NetworkException e) {
            Log.infof("Workspace %s could not complete the Facebook authorization: %s", started.workspaceId, e.code());
            throw e.kind() == FailureKind.AUTH || e.kind() == FailureKind.PERMANENT
                    ? new ProblemException(422, "authorization-failed", "The authorization could not be completed", e.getMessage())
                    : new ProblemException(503, "network-unavailable", "Facebook is not answering", e.getMessage());
        }
        if (pages.isEmpty()) {
            throw new ProblemException(422, "no-pages", "No Facebook Page to connect",
                    "The Facebook account manages no Page this app was given access to; grant access to at least one Page"
                            + " (Instagram accounts are connected through the Page they are linked to) and start again.");
        }
        MetaPendingConnection pending = new MetaPendingConnection();
        pending.id = UUID.randomUUID();
        pending.workspaceId = started.workspaceId;
        pending.startedBy = started.startedBy;
        pending.zone = started.zone;
        pending.choices = new ArrayList<>(pages.stream().map(MetaLogin.ManagedPage::page).toList());
        Map<String, String> tokens = new HashMap<>();
        pages.forEach(p -> tokens.put(p.page().pageId(), p.accessToken()));
        SealedCredentials sealed = cipher.seal(tokens, pending.id.toString());
        pending.tokensKeyId = sealed.keyId();
        pending.tokensCiphertext = sealed.ciphertext();
        pending.createdAt = Instant.now();
        pending.expiresAt = pending.createdAt.plus(config.pendingTtl());
        QuarkusTransaction.requiringNew().run(() -> em.persist(pending));
        Log.infof("Workspace %s: Facebook authorization lists %d Page(s), waiting for a choice", pending.workspaceId, pages.size());
        return MetaPendingResponse.of(pending);
    }

    /** The choices of a pending connection of the workspace; 404 once used, expired or in another workspace. */
    public MetaPendingResponse pending(String workspaceId, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> MetaPendingResponse.of(find(workspaceId, id, false)));
    }

    /** Connects the chosen Pages and Instagram accounts; the pending connection is used up. */
    public MetaSelectResult select(String workspaceId, UUID id, MetaSelectRequest request) {
        if (request.pageIds().isEmpty() && request.instagramAccountIds().isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Choose at least one Page or Instagram account",
                    List.of(new Problem.FieldError("pageIds", "choose at least one Page or Instagram account")));
        }
        record Choice(Network network, MetaPage page, String token) {
        }
        MetaPendingConnection[] used = new MetaPendingConnection[1];
        List<Choice> chosen = QuarkusTransaction.requiringNew().call(() -> {
            MetaPendingConnection pending = find(workspaceId, id, true);
            Map<String, String> tokens = cipher.open(new SealedCredentials(pending.tokensKeyId, pending.tokensCiphertext),
                    pending.id.toString());
            List<Problem.FieldError> errors = new ArrayList<>();
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < request.pageIds().size(); i++) {
                String pageId = request.pageIds().get(i);
                MetaPage page = pending.choices.stream().filter(p -> p.pageId().equals(pageId)).findFirst().orElse(null);
                if (page == null) {
                    errors.add(new Problem.FieldError("pageIds[" + i + "]", "is not one of the Pages offered"));
                } else {
                    choices.add(new Choice(Network.FACEBOOK, page, tokens.get(pageId)));
                }
            }
            for (int i = 0; i < request.instagramAccountIds().size(); i++) {
                String accountId = request.instagramAccountIds().get(i);
                MetaPage page = pending.choices.stream()
                        .filter(p -> p.instagram() != null && p.instagram().accountId().equals(accountId)).findFirst().orElse(null);
                if (page == null) {
                    errors.add(new Problem.FieldError("instagramAccountIds[" + i + "]",
                            "is not an Instagram account linked to one of the Pages offered"));
                } else {
                    choices.add(new Choice(Network.INSTAGRAM, page, tokens.get(page.pageId())));
                }
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(422, "validation", "Choice is not valid",
                        "Choose among the Pages and Instagram accounts of this pending connection", errors);
            }
            em.remove(pending);
            used[0] = pending;
            return choices;
        });
        List<ChannelResponse> connected = new ArrayList<>();
        List<MetaSelectResult.Skipped> skipped = new ArrayList<>();
        for (Choice choice : chosen) {
            VerifiedAccount account = choice.network() == Network.FACEBOOK
                    ? new VerifiedAccount(choice.page().pageId(), choice.page().name(), choice.page().name(), FACEBOOK_LIMITS,
                            Map.of("accessToken", choice.token()), null)
                    : new VerifiedAccount(choice.page().instagram().accountId(), "@" + choice.page().instagram().username(),
                            choice.page().instagram().username(), INSTAGRAM_LIMITS,
                            Map.of("accessToken", choice.token(), "pageId", choice.page().pageId()), null);
            try {
                connected.add(ChannelResponse.of(channels.connectVerified(workspaceId, used[0].startedBy, choice.network(),
                        null, used[0].zone, null, account).channel()));
            } catch (ProblemException e) {
                if (e.status() != 409) {
                    throw e;
                }
                skipped.add(new MetaSelectResult.Skipped(choice.network().name(), account.accountId(), e.getMessage()));
            }
        }
        return new MetaSelectResult(connected, skipped);
    }

    static String pendingPath(String workspaceId, UUID id) {
        return "/api/v1/workspaces/" + workspaceId + "/channels/oauth/meta/pending/" + id;
    }

    private MetaPendingConnection find(String workspaceId, UUID id, boolean lock) {
        MetaPendingConnection pending = lock ? em.find(MetaPendingConnection.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(MetaPendingConnection.class, id);
        if (pending == null || !pending.workspaceId.equals(workspaceId) || pending.expiresAt.isBefore(Instant.now())) {
            throw new ProblemException(404, "not-found", "Pending connection not found", "The pending Facebook connection "
                    + id + " does not exist in this workspace, was already used or expired; start again.");
        }
        return pending;
    }

    private String redirectUri() {
        return config.callbackBase() + "/api/v1/channels/oauth/" + PROVIDER + "/callback";
    }

    private OAuthConfig.Provider provider() {
        OAuthConfig.Provider provider = config.providers().get(PROVIDER);
        if (provider == null || provider.clientId().isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Facebook Login is not configured here",
                    List.of(new Problem.FieldError("network", "no OAuth client is configured for Meta"
                            + " (sosmed.oauth.providers.meta.client-id)")));
        }
        return provider;
    }
}
