package io.sosmed.schedule.gateway;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs metrics collection and inbox polling in the background of every replica; rows are claimed, never shared. */
@ApplicationScoped
public class GatewayLoops {

    private final MetricsCollector metrics;
    private final InboxPoller inbox;
    private final InboxReplies replies;

    public GatewayLoops(MetricsCollector metrics, InboxPoller inbox, InboxReplies replies) {
        this.metrics = metrics;
        this.inbox = inbox;
        this.replies = replies;
    }

    @Scheduled(identity = "gateway-replies", every = "${sosmed.gateway.reply-tick:1s}", delayed = "5s",
            skipExecutionIf = GatewayDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendReplies() {
        replies.sendDue(Instant.now());
    }

    @Scheduled(identity = "gateway-metrics", every = "${sosmed.gateway.metrics-tick:30s}", delayed = "10s",
            skipExecutionIf = GatewayDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void collectMetrics() {
        metrics.collectDue(Instant.now());
    }

    @Scheduled(identity = "gateway-inbox", every = "${sosmed.gateway.inbox-tick:30s}", delayed = "15s",
            skipExecutionIf = GatewayDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollInboxes() {
        inbox.pollDue(Instant.now());
    }
}
