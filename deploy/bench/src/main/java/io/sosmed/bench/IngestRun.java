package io.sosmed.bench;

import java.time.Duration;
import java.util.function.IntFunction;

/**
 * Offers events on a topic at a steady rate and measures how fast a service stores them: the time from the first
 * send until the watched table holds them all. The rate is sustained when storing keeps up with sending: the last
 * event is stored at most {@link #KEEPING_UP} after the last one was sent (a consumer that falls behind trails by more
 * and more, so at the end of a 30 s run it is seconds behind, not a fraction of one).
 */
final class IngestRun {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    static final Duration KEEPING_UP = Duration.ofSeconds(1);

    private IngestRun() {
    }

    /** Sends {@code events} at {@code perSecond} and returns the result, met when the stored rate keeps up. */
    static ScenarioResult measure(Scenario scenario, String target, BenchContext context, String topic, int events,
            int perSecond, IntFunction<PacedProducer.Message> message, RowCountWatch stored) throws Exception {
        long start = System.nanoTime();
        Duration sending;
        try (PacedProducer producer = new PacedProducer(context.kafkaBootstrapServers(), topic)) {
            sending = producer.send(events, perSecond, message);
        }
        long sent = System.nanoTime();
        long took = stored.awaitCount(events, start, TIMEOUT);
        long storedCount = stored.count();
        double seconds = (took < 0 ? System.nanoTime() - start : took) / 1e9;
        double storedPerSecond = storedCount / seconds;
        return ScenarioResult.of(scenario, target)
                .measured("eventsSent", events)
                .measured("offeredPerSecond", Math.round(events / (sending.toNanos() / 1e9)))
                .measured("eventsStored", storedCount)
                .measured("secondsUntilAllStored", Math.round(seconds * 10) / 10.0)
                // How far storing trailed sending: a constant small lag means the offered rate was sustained.
                .measured("secondsStoringTrailedSending", took < 0 ? -1 : Math.round((took - (sent - start)) / 1e8) / 10.0)
                .measured("storedPerSecond", Math.round(storedPerSecond))
                .met(took >= 0 && offeredKeptUp(events, sending, perSecond)
                        && took - (sent - start) <= KEEPING_UP.toNanos());
    }

    /** The producer itself offered the target rate (within 2%), so keeping up with it means sustaining that rate. */
    private static boolean offeredKeptUp(int events, Duration sending, int perSecond) {
        return events / (sending.toNanos() / 1e9) >= perSecond * 0.98;
    }
}
