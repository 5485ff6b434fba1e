package io.sosmed.schedule.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.time.Duration;
import java.util.Map;

/**
 * Waits for Instagram and Threads media containers: a container may only be published once its {@code status_code}
 * (Instagram) or {@code status} (Threads) is {@code FINISHED}; {@code ERROR} and {@code EXPIRED} will not recover.
 */
public final class MediaContainers {

    private final GraphApi graph;
    private final Network network;
    private final Duration interval;
    private final int attempts;

    public MediaContainers(GraphApi graph, Network network, Duration interval, int attempts) {
        this.graph = graph;
        this.network = network;
        this.interval = interval;
        this.attempts = attempts;
    }

    public void awaitFinished(String token, String containerId, String statusField) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            JsonNode container = graph.get(token, "/" + containerId, Map.of("fields", statusField + ",error_message"),
                    "check the media");
            String status = container.path(statusField).asText();
            switch (status) {
                case "FINISHED", "PUBLISHED" -> {
                    return;
                }
                case "ERROR", "EXPIRED" -> throw NetworkException.permanent(network, "media_rejected",
                        NetworkFailures.displayName(network) + " could not process the media ("
                                + container.path("error_message").asText(status) + ").");
                default -> pause();
            }
        }
        throw NetworkException.retryable(network, "media_processing", NetworkFailures.displayName(network)
                + " is still processing the media; the post will be retried.", null);
    }

    private void pause() {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NetworkException.retryable(network, "interrupted", "Interrupted while waiting for the media.", null);
        }
    }
}
