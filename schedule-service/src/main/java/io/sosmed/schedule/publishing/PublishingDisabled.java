package io.sosmed.schedule.publishing;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips the engine loop on replicas (and in tests) where {@code schedule.publishing.enabled} is false. */
@Singleton
public class PublishingDisabled implements Scheduled.SkipPredicate {

    private final PublishingConfig config;

    public PublishingDisabled(PublishingConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.enabled();
    }
}
