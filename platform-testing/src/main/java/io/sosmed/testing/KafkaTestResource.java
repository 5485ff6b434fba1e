package io.sosmed.testing;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource that points the application at a real Kafka broker: one {@link KafkaBroker} per test JVM,
 * started on first use on a free port with a temporary data directory, shared by all test classes (and all
 * class loaders Quarkus creates), and stopped and deleted when the JVM exits.
 *
 * <p>Quarkus 3.33 recommends {@code @QuarkusTestResource} (its {@code @WithTestResource} Javadoc still advises
 * against the newer annotation for now); both work:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(KafkaTestResource.class)     // or @WithTestResource(KafkaTestResource.class)
 * class OutboxRelayTest {
 *     @Test
 *     void deliversAfterTheBrokerComesBack() {
 *         KafkaTestResource.broker().stop();
 *         // ... change state through the service: the event waits in the outbox ...
 *         KafkaTestResource.broker().start();      // same port, same data
 *         // ... await the event on the topic ...
 *     }
 * }
 * }</pre>
 *
 * <p>Sets {@value #BOOTSTRAP_SERVERS} and {@value #SMALLRYE_BOOTSTRAP_SERVERS}. Topics, consumer groups and
 * offsets are shared by every test class of the JVM, so tests use their own keys or group ids.
 */
public final class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    /** Configuration key for the Kafka clients Quarkus creates. */
    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    /** Configuration key for the SmallRye Reactive Messaging Kafka connector. */
    public static final String SMALLRYE_BOOTSTRAP_SERVERS = "mp.messaging.connector.smallrye-kafka.bootstrap.servers";

    static final String SHARED_BROKER_PROPERTY = "io.sosmed.testing.kafka-test-broker";

    private static KafkaBroker broker;

    /** Starts the JVM's broker if it is not running (for example after a test stopped it). */
    @Override
    public Map<String, String> start() {
        KafkaBroker shared = broker().start();
        return Map.of(
                BOOTSTRAP_SERVERS, shared.bootstrapServers(),
                SMALLRYE_BOOTSTRAP_SERVERS, shared.bootstrapServers());
    }

    /** Leaves the broker running for the next test class; it stops when the JVM exits. */
    @Override
    public void stop() {
        // the broker lives as long as the test JVM
    }

    /**
     * The test JVM's broker, started on the first call; later calls return it as it is (running or stopped), so a
     * test can {@code stop()} and {@code start()} it.
     */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = JvmWideServers.find(SHARED_BROKER_PROPERTY)
                    .map(location -> new KafkaBroker(location.port(), location.directory()))
                    .orElseGet(KafkaTestResource::startBroker);
        }
        return broker;
    }

    /** The {@code bootstrap.servers} value of the test JVM's broker, for clients a test creates itself. */
    public static String bootstrapServers() {
        return broker().bootstrapServers();
    }

    private static KafkaBroker startBroker() {
        Path directory = TemporaryDirectories.create("sosmed-kafka-");
        KafkaBroker started = new KafkaBroker(0, directory);
        JvmWideServers.onExit("kafka-test-broker-cleanup", () -> {
            started.stop();
            TemporaryDirectories.delete(directory);
        });
        started.start();
        JvmWideServers.record(SHARED_BROKER_PROPERTY, new JvmWideServers.Location(started.port(), directory));
        return started;
    }
}
