package io.sosmed.schedule.oauth;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sosmed.schedule.channel.Channel;
import io.sosmed.schedule.channel.ChannelCredentials;
import io.sosmed.schedule.gateway.GatewayDisabled;
import io.sosmed.schedule.network.ChannelDirectory;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.NetworkException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Refreshes OAuth access tokens before they expire. Each channel is refreshed under its row lock taken with
 * {@code SKIP LOCKED}, so two replicas never spend the same (rotating) refresh token.
 */
@ApplicationScoped
public class TokenRefresher {

    private final EntityManager entityManager;
    private final OAuthConfig config;
    private final OAuthTokens tokens;
    private final ChannelCredentials credentials;
    private final ChannelDirectory directory;

    public TokenRefresher(EntityManager entityManager, OAuthConfig config, OAuthTokens tokens,
            ChannelCredentials credentials, ChannelDirectory directory) {
        this.entityManager = entityManager;
        this.config = config;
        this.tokens = tokens;
        this.credentials = credentials;
        this.directory = directory;
    }

    @Scheduled(identity = "oauth-token-refresh", every = "${sosmed.oauth.refresh-tick:60s}", delayed = "20s",
            skipExecutionIf = GatewayDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        refreshExpiring(Instant.now());
    }

    /** Refreshes every active channel whose token expires before {@code now} plus the refresh window. */
    public int refreshExpiring(Instant now) {
        Instant horizon = now.plus(config.refreshAhead());
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select c.id from Channel c where c.status = io.sosmed.schedule.network.ChannelStatus.ACTIVE"
                                + " and c.tokenExpiresAt is not null and c.tokenExpiresAt < ?1", UUID.class)
                .setParameter(1, horizon).getResultList());
        int refreshed = 0;
        for (UUID id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> refresh(id, horizon))) {
                refreshed++;
            }
        }
        return refreshed;
    }

    private boolean refresh(UUID id, Instant horizon) {
        List<?> locked = entityManager.createNativeQuery(
                        "select id from channel where id = :id for update skip locked")
                .setParameter("id", id).getResultList();
        if (locked.isEmpty()) {
            return false;
        }
        Channel channel = entityManager.find(Channel.class, id);
        OAuthConfig.Provider provider = config.providers().get(channel.network.name().toLowerCase(Locale.ROOT));
        String refreshToken = credentials.read(channel).get("refreshToken");
        if (channel.tokenExpiresAt == null || !channel.tokenExpiresAt.isBefore(horizon) || provider == null
                || provider.clientId().isEmpty() || refreshToken == null) {
            return false;
        }
        try {
            TokenSet renewed = tokens.refresh(channel.network, provider, refreshToken);
            Map<String, String> changed = new HashMap<>();
            changed.put("accessToken", renewed.accessToken());
            changed.put("refreshToken", renewed.refreshToken());
            credentials.merge(channel, changed);
            channel.tokenExpiresAt = renewed.expiresAt();
            channel.updatedAt = Instant.now();
            Log.infof("Refreshed the %s token of channel %s", channel.network, id);
            return true;
        } catch (NetworkException e) {
            if (e.kind() == FailureKind.AUTH) {
                directory.markNeedsReconnect(channel.workspaceId, id.toString(), e.getMessage());
            } else {
                Log.infof("Could not refresh the %s token of channel %s yet: %s", channel.network, id, e.code());
            }
            return false;
        }
    }
}
