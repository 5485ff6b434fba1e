package io.sosmed.schedule.besttime;

import io.smallrye.common.annotation.Blocking;
import io.sosmed.platform.consumer.IdempotentConsumer;
import io.sosmed.platform.consumer.InboundEvent;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.event.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the latest best times per channel from analytics' {@code sosmed.best-times.updated.v1}; older ones are ignored. */
@ApplicationScoped
public class BestTimesConsumer {

    static final String CONSUMER = "schedule-service.best-times";

    private final IdempotentConsumer consumer;
    private final ChannelBestTimesRepository bestTimes;

    public BestTimesConsumer(IdempotentConsumer consumer, ChannelBestTimesRepository bestTimes) {
        this.consumer = consumer;
        this.bestTimes = bestTimes;
    }

    @Incoming(Topics.ENGAGEMENT_METRICS)
    @Blocking
    public void receive(String message) {
        consumer.handle(CONSUMER, message, Set.of(EventType.BEST_TIMES_UPDATED), this::apply);
    }

    private void apply(InboundEvent event) {
        BestTimesUpdated update = event.data(BestTimesUpdated.class);
        ChannelBestTimes row = bestTimes.of(event.workspaceId(), update.channelId()).orElse(null);
        if (row != null && row.computedAt.isAfter(update.computedAt())) {
            return;
        }
        if (row == null) {
            row = new ChannelBestTimes();
            row.workspaceId = event.workspaceId();
            row.channelId = update.channelId();
        }
        row.zone = update.zone();
        row.source = update.source();
        row.slots = new ArrayList<>(update.slots() == null ? List.of() : update.slots());
        row.computedAt = update.computedAt();
        bestTimes.persist(row);
    }
}
