package io.sosmed.schedule.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the publishing engine claims, attempts, retries and reconciles publications. */
@ConfigMapping(prefix = "schedule.publishing")
public interface PublishingConfig {

    /** Whether this replica runs the engine loop (tests drive it by hand). */
    @WithDefault("true")
    boolean enabled();

    /** How often the loop looks for due work. */
    @WithDefault("1s")
    String pollInterval();

    /** Publications claimed per short claim transaction. */
    @WithDefault("50")
    int batchSize();

    /** Network calls in flight at once per replica. */
    @WithDefault("16")
    int workers();

    /** Attempts of a retryable failure before the publication is FAILED. */
    @WithDefault("5")
    int maxAttempts();

    /** Backoff before the second attempt; doubles per attempt, with jitter. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    /** Longest backoff between two attempts (a network's Retry-After may ask for more and is honoured). */
    @WithDefault("PT30M")
    Duration maxBackoff();

    /** A PUBLISHING claim older than this (the replica died mid-call) becomes UNCONFIRMED and is looked up. */
    @WithDefault("PT5M")
    Duration publishTimeout();

    /** Time between two lookups of an UNCONFIRMED publication. */
    @WithDefault("PT1M")
    Duration lookupInterval();

    /** Lookups before an UNCONFIRMED publication waits for a person to decide (retry or leave it). */
    @WithDefault("5")
    int maxLookups();

    /** How long the engine reuses a channel's decrypted context (also dropped at each pass and on auth failure or refresh). */
    @WithDefault("PT5S")
    Duration channelCacheTtl();
}
