package io.sosmed.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The broker JVM's classpath: absolute jar paths that the build wrote into
 * {@code io/sosmed/testing/kafka-broker.classpath}, so Kafka's server jars never join the caller's classpath.
 */
final class KafkaBrokerClasspath {

    private static final String RESOURCE = "kafka-broker.classpath";

    private KafkaBrokerClasspath() {
    }

    /** The classpath, with the platform's path separator. */
    static String read() {
        try (InputStream resource = KafkaBrokerClasspath.class.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException("Missing resource io/sosmed/testing/" + RESOURCE
                        + "; rebuild platform-testing");
            }
            String classpath = new String(resource.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .flatMap(line -> Arrays.stream(line.split(File.pathSeparator)))
                    .map(String::strip)
                    .filter(entry -> !entry.isEmpty())
                    .collect(Collectors.joining(File.pathSeparator));
            if (!classpath.contains("kafka_2.13")) {
                throw new IllegalStateException("io/sosmed/testing/" + RESOURCE
                        + " does not name the Kafka server jar; rebuild platform-testing");
            }
            return classpath;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the Kafka broker classpath", e);
        }
    }
}
