package io.sosmed.schedule.gateway;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips the gateway loops where {@code sosmed.gateway.enabled} is false. */
@Singleton
public class GatewayDisabled implements Scheduled.SkipPredicate {

    private final GatewayConfig config;

    public GatewayDisabled(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled();
    }
}
