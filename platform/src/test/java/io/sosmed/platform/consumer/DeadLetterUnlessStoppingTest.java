package io.sosmed.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class DeadLetterUnlessStoppingTest {

    private final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final KafkaFailureHandler handler = new DeadLetterUnlessStopping.Handler(deadLetters, stopping::get);
    private final IncomingKafkaRecord<String, String> record = new IncomingKafkaRecord<>(
            new ConsumerRecord<>("post-lifecycle", 2, 41L, "post-1", "{}"), "post-lifecycle", -1, null, null, false,
            false);

    @Test
    void aFailureWhileRunningGoesToTheDeadLetterTopic() {
        IllegalStateException reason = new IllegalStateException("schema violation");

        handler.handle(record, reason, Metadata.empty()).await().atMost(Duration.ofSeconds(1));

        assertThat(deadLetters.handled).containsExactly(reason);
    }

    @Test
    void aFailureWhileStoppingIsLeftUnacknowledgedForTheNextConsumer() {
        stopping.set(true);

        Uni<Void> outcome = handler.handle(record, new IllegalStateException("datasource closed"), Metadata.empty());

        assertThatThrownBy(() -> outcome.await().atMost(Duration.ofMillis(200))).isInstanceOf(TimeoutException.class);
        assertThat(deadLetters.handled).isEmpty();
    }

    @Test
    void terminatingTerminatesTheDeadLetterHandler() {
        handler.terminate();

        assertThat(deadLetters.terminated).isTrue();
    }

    private static final class RecordingDeadLetters implements KafkaFailureHandler {
        final List<Throwable> handled = new ArrayList<>();
        boolean terminated;

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            handled.add(reason);
            return Uni.createFrom().voidItem();
        }

        @Override
        public void terminate() {
            terminated = true;
        }
    }
}
