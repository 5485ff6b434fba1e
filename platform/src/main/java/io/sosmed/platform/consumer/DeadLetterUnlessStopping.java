package io.sosmed.platform.consumer;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every Kafka consumer ({@value #STRATEGY}): a record whose processing failed goes to the
 * channel's dead-letter topic, as with {@code dead-letter-queue}, except while the service stops. A record that fails
 * then (its transaction cut short by the closing datasource, its retry pause interrupted) is left unacknowledged: its
 * offset is not committed, so it is delivered again when a consumer of the group starts, instead of being parked in
 * the dead-letter topic where nobody would apply it.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letter-queue-unless-stopping";

    private final KafkaFailureHandler.Factory deadLetterQueue;
    private final ApplicationStopping application;

    @Inject
    public DeadLetterUnlessStopping(@Identifier("dead-letter-queue") KafkaFailureHandler.Factory deadLetterQueue,
            ApplicationStopping application) {
        this.deadLetterQueue = deadLetterQueue;
        this.application = application;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new Handler(deadLetterQueue.create(config, vertx, consumer, reportFailure), application::stopping);
    }

    /** Delegates to the dead-letter handler unless the service is stopping. */
    static final class Handler implements KafkaFailureHandler {

        private final KafkaFailureHandler deadLetters;
        private final BooleanSupplier stopping;

        Handler(KafkaFailureHandler deadLetters, BooleanSupplier stopping) {
            this.deadLetters = deadLetters;
            this.stopping = stopping;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (stopping.getAsBoolean()) {
                Log.warnf("Record %s-%d@%d failed while the service stops (%s); left unacknowledged, so it is "
                        + "delivered again after the restart", record.getTopic(), record.getPartition(),
                        record.getOffset(), reason.getMessage());
                return Uni.createFrom().nothing();
            }
            return deadLetters.handle(record, reason, metadata);
        }

        @Override
        public void terminate() {
            deadLetters.terminate();
        }
    }
}
