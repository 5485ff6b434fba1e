package io.sosmed.schedule.publishing;

import io.quarkus.oidc.client.runtime.AbstractTokensProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The bearer schedule-service shows content-service when it reads a post's media: with
 * {@code schedule.media.client-credentials=true}, an access token of its own service account obtained with the
 * client-credentials grant ({@code quarkus.oidc-client.*}: the {@code sosmed-schedule} client) and renewed before it
 * expires; otherwise the fixed {@code schedule.media.token}, if any. Tokens are secrets: never logged.
 */
@ApplicationScoped
public class ServiceAccountToken extends AbstractTokensProducer {

    private final MediaConfig config;

    @Inject
    public ServiceAccountToken(MediaConfig config) {
        this.config = config;
    }

    /** For the CDI client proxy only. */
    protected ServiceAccountToken() {
        this(null);
    }

    /** The bearer to send, or empty when schedule-service is configured to call content-service without one. */
    public Optional<String> bearer() {
        if (config.clientCredentials()) {
            return Optional.of(awaitTokens().getAccessToken());
        }
        return config.token();
    }
}
