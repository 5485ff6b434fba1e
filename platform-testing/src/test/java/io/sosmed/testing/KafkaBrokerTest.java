package io.sosmed.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    static Path dataDirectory;

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = new KafkaBroker(0, dataDirectory).start();
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void deliversAProducedRecordToAConsumer() throws Exception {
        String topic = "delivery-" + UUID.randomUUID();
        KafkaRecords records = new KafkaRecords(broker.bootstrapServers());

        records.send(topic, "post-1", "{\"title\":\"Launch day\"}");

        assertThat(records.readValues(topic, 1)).containsExactly("{\"title\":\"Launch day\"}");
    }

    @Test
    void listensOnLoopbackOnlyAndCreatesTopicsWithThreePartitions() throws Exception {
        String topic = "auto-created-" + UUID.randomUUID();
        new KafkaRecords(broker.bootstrapServers()).send(topic, "key", "value");

        Map<String, Object> configuration =
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (Admin admin = Admin.create(configuration)) {
            Collection<Node> nodes = admin.describeCluster().nodes().get();
            assertThat(nodes).singleElement().satisfies(node -> {
                assertThat(node.host()).isEqualTo("127.0.0.1");
                assertThat(node.port()).isEqualTo(broker.port());
            });
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions())
                    .hasSize(3);
        }
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
        assertThat(Files.readString(broker.logFile(), StandardCharsets.UTF_8)).contains("Kafka Server started");
    }

    @Test
    void keepsTopicDataWhenRestartedOnTheSamePortAndDirectory() throws Exception {
        String topic = "restart-" + UUID.randomUUID();
        KafkaRecords records = new KafkaRecords(broker.bootstrapServers());
        records.send(topic, "post-2", "before restart");
        int port = broker.port();

        broker.stop();
        assertThat(broker.isRunning()).isFalse();
        assertThat(Loopback.isListening(port)).isFalse();

        broker.start();
        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.port()).isEqualTo(port);
        records.send(topic, "post-2", "after restart");
        assertThat(records.readValues(topic, 2)).containsExactly("before restart", "after restart");
    }

    @Test
    void brokerClasspathHoldsTheKafkaServerJarsAndNoQuarkus() {
        List<String> jars = List.of(KafkaBrokerClasspath.read().split(java.io.File.pathSeparator));

        assertThat(jars).allSatisfy(jar -> assertThat(Path.of(jar)).isRegularFile());
        assertThat(jars).anyMatch(jar -> jar.endsWith("/kafka_2.13-4.1.2.jar"))
                .anyMatch(jar -> jar.endsWith("/kafka-server-4.1.2.jar"))
                .anyMatch(jar -> jar.contains("/scala-library-"))
                .anyMatch(jar -> jar.contains("/slf4j-jboss-logmanager-"))
                .noneMatch(jar -> jar.contains("/io/quarkus/"));
    }

    @Test
    void failsWithAMessageNamingTheLogWhenTheBrokerDies(@TempDir Path brokenDirectory) throws Exception {
        Path kraft = Files.createDirectories(brokenDirectory.resolve("kraft"));
        Files.writeString(kraft.resolve("meta.properties"), "version=1\ncluster.id=" + Uuid.randomUuid()
                + "\nnode.id=7\ndirectory.id=" + Uuid.randomUuid() + "\n", StandardCharsets.UTF_8);
        KafkaBroker broken = new KafkaBroker(0, brokenDirectory);

        assertThatThrownBy(broken::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining(broken.logFile().toString());
        assertThat(broken.isRunning()).isFalse();
    }

    @Test
    void refusesAPortThatIsAlreadyTaken() {
        KafkaBroker second = new KafkaBroker(broker.port(), dataDirectory.resolve("second"));

        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + broker.port() + " is already in use");
    }
}
