package io.sosmed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    @Test
    void pointsEveryResourceAtTheOneBrokerOfTheJvm() throws Exception {
        Map<String, String> first = new KafkaTestResource().start();
        Map<String, String> second = new KafkaTestResource().start();

        String bootstrapServers = KafkaTestResource.broker().bootstrapServers();
        assertThat(first)
                .containsOnlyKeys("kafka.bootstrap.servers", "mp.messaging.connector.smallrye-kafka.bootstrap.servers")
                .containsEntry("kafka.bootstrap.servers", bootstrapServers)
                .containsEntry("mp.messaging.connector.smallrye-kafka.bootstrap.servers", bootstrapServers);
        assertThat(second).isEqualTo(first);
        assertThat(KafkaTestResource.bootstrapServers()).isEqualTo(bootstrapServers).startsWith("127.0.0.1:");

        KafkaRecords records = new KafkaRecords(bootstrapServers);
        records.send("test-resource", "key", "shared broker");
        assertThat(records.readValues("test-resource", 1)).containsExactly("shared broker");
    }

    @Test
    void sharesTheBrokerWithOtherClassLoadersAndRestartsItAfterATestStoppedIt() throws Exception {
        KafkaBroker broker = KafkaTestResource.broker();
        new KafkaTestResource().start();

        try (IsolatedClassLoader loader = new IsolatedClassLoader()) {
            Class<?> isolatedResource = loader.loadClass(KafkaTestResource.class.getName());
            assertThat(isolatedResource).isNotSameAs(KafkaTestResource.class);
            Object isolatedBroker = isolatedResource.getMethod("broker").invoke(null);

            isolatedBroker.getClass().getMethod("stop").invoke(isolatedBroker);
            assertThat(broker.isRunning()).isFalse();

            @SuppressWarnings("unchecked")
            Map<String, String> configuration = (Map<String, String>) isolatedResource.getMethod("start")
                    .invoke(isolatedResource.getConstructor().newInstance());
            assertThat(configuration).containsEntry("kafka.bootstrap.servers", broker.bootstrapServers());
            assertThat(broker.isRunning()).isTrue();
        }
    }
}
