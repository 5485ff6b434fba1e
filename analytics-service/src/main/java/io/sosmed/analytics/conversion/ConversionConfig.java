package io.sosmed.analytics.conversion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Conversions, their webhook and attribution. Per-workspace webhook secrets are read from
 * {@code sosmed.conversion-webhook-secrets.<workspace>} (e.g. env SOSMED_CONVERSION_WEBHOOK_SECRETS_ACME) unless an
 * admin set one through the API.
 */
@ConfigMapping(prefix = "sosmed.conversions")
public interface ConversionConfig {

    /** How far a webhook's timestamp may be from now. */
    @WithDefault("5m")
    Duration webhookTolerance();

    /** Default attribution window: touches this long before a conversion get credit. */
    @WithDefault("720h")
    Duration attributionWindow();
}
