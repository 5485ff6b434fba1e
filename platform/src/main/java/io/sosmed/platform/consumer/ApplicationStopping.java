package io.sosmed.platform.consumer;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whether this service has begun to stop. Set by the first observer of {@link ShutdownEvent}, before the datasource
 * and the Kafka clients are closed, so that consumers can tell a failure caused by the stop from a real one.
 */
@ApplicationScoped
public class ApplicationStopping {

    private volatile boolean stopping;

    void onShutdown(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    public boolean stopping() {
        return stopping;
    }
}
