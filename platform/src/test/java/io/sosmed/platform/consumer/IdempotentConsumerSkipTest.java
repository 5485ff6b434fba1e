package io.sosmed.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.event.EventType;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Events of types a consumer does not apply are skipped on the type attribute alone: no processed-event row, no
 * transaction (the consumer here has no database: touching it would fail), and no judgement of the rest of the event.
 */
class IdempotentConsumerSkipTest {

    private static final Set<EventType> PUBLISHED_ONLY = Set.of(EventType.POST_PUBLISHED);
    private static final Consumer<InboundEvent> MUST_NOT_RUN = event -> {
        throw new AssertionError("effect ran for " + event.type());
    };

    private final IdempotentConsumer consumer = new IdempotentConsumer(null, new ObjectMapper(), null, null);

    @Test
    void anEventOfAnotherTypeIsSkippedWithoutReadingItsData() {
        String item = """
                {"specversion":"1.0","id":"e-1","source":"/sosmed/schedule-service",
                 "data":{"type":"sosmed.post.published.v1","nested":[1,{"type":"x"}]},
                 "type":"sosmed.inbox.item.received.v1","workspaceid":"acme"}""";

        assertThat(consumer.handle("test", item, PUBLISHED_ONLY, MUST_NOT_RUN)).isFalse();
    }

    @Test
    void anEventOfAnotherTypeIsSkippedEvenWhenItIsNotAValidCloudEventForItsOwnConsumersToReject() {
        String noId = """
                {"specversion":"1.0","type":"sosmed.inbox.item.received.v1","data":{}}""";

        assertThat(consumer.handle("test", noId, PUBLISHED_ONLY, MUST_NOT_RUN)).isFalse();
    }

    @Test
    void anEventOfAHandledTypeThatIsNotACloudEventIsPoison() {
        String noId = """
                {"specversion":"1.0","type":"sosmed.post.published.v1","data":{}}""";

        assertThatThrownBy(() -> consumer.handle("test", noId, PUBLISHED_ONLY, MUST_NOT_RUN))
                .isInstanceOf(PoisonMessageException.class);
    }

    @Test
    void aPayloadWithoutAReadableTypeIsPoison() {
        for (String payload : new String[] {"not json", "[1,2]", "{\"type\":7,\"id\":\"e-2\"}", "{\"id\":\"e-3\""}) {
            assertThatThrownBy(() -> consumer.handle("test", payload, PUBLISHED_ONLY, MUST_NOT_RUN))
                    .as(payload).isInstanceOf(PoisonMessageException.class);
        }
    }
}
