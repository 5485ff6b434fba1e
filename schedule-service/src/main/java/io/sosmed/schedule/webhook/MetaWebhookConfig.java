package io.sosmed.schedule.webhook;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Meta (Facebook Pages, Instagram) webhook subscription; without both values the endpoint answers 404. */
@ConfigMapping(prefix = "sosmed.webhooks.meta")
public interface MetaWebhookConfig {

    /** The verify token entered in the app dashboard, echoed by Meta in the {@code hub.verify_token} handshake. */
    Optional<String> verifyToken();

    /** The app secret that signs every delivery ({@code X-Hub-Signature-256}); env SOSMED_WEBHOOKS_META_APP_SECRET. */
    Optional<String> appSecret();
}
