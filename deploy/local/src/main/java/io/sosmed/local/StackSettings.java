package io.sosmed.local;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack keeps its data and which ports it uses; every value has a default and can be
 * changed through an environment variable.
 */
public record StackSettings(Path repository, Path dataDirectory, int kafkaPort, int postgresPort, int keycloakPort,
        int simulatorPort, Duration simulatorLatency, List<String> serviceJvmFlags,
        Optional<ExternalDatabase> externalDatabase) {

    /**
     * Keeps each service near 200 MB RSS while starting in a few seconds; 128 MB of heap leaves community-service room
     * for its language models, its sentiment training and a first batch of 500 inbox items at once.
     */
    static final List<String> SMALL_JVM = List.of("-XX:+UseSerialGC", "-Xmx128m", "-XX:TieredStopAtLevel=1",
            "-Xss512k", "-XX:MaxMetaspaceSize=128m");

    /** A PostgreSQL server the stack uses instead of starting its own ({@code SOSMED_DB_URL}). */
    public record ExternalDatabase(String serverUrl, String username, String password) {

        /** JDBC URL of one service's database on that server. */
        public String jdbcUrl(String database) {
            return serverUrl.replaceAll("/+$", "") + "/" + database;
        }
    }

    /**
     * Reads {@code SOSMED_DATA_DIR} (default {@code <repository>/.local-data}), {@code SOSMED_KAFKA_PORT} (9092),
     * {@code SOSMED_POSTGRES_PORT} (5432), {@code SOSMED_KEYCLOAK_PORT} (8180), {@code SOSMED_SIMULATOR_PORT} (8090,
     * the simulated networks), {@code SOSMED_SIMULATOR_LATENCY_MS} (0, added to every simulated network call) and, to
     * use an existing PostgreSQL, {@code SOSMED_SERVICE_JVM_OPTS} (JVM flags of the four services instead of the
     * small-footprint defaults, e.g. for benchmarks) and, to use an existing PostgreSQL,
     * {@code SOSMED_DB_URL} (e.g. {@code jdbc:postgresql://db:5432}) with {@code SOSMED_DB_USER} and
     * {@code SOSMED_DB_PASSWORD}.
     */
    public static StackSettings from(Map<String, String> env, Path repository) {
        Path data = Optional.ofNullable(env.get("SOSMED_DATA_DIR")).map(Path::of)
                .orElse(repository.resolve(".local-data"));
        Optional<ExternalDatabase> external = Optional.ofNullable(env.get("SOSMED_DB_URL"))
                .filter(url -> !url.isBlank())
                .map(url -> new ExternalDatabase(url, env.getOrDefault("SOSMED_DB_USER", "postgres"),
                        env.getOrDefault("SOSMED_DB_PASSWORD", "")));
        return new StackSettings(repository.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(),
                port(env, "SOSMED_KAFKA_PORT", 9092), port(env, "SOSMED_POSTGRES_PORT", 5432),
                port(env, "SOSMED_KEYCLOAK_PORT", 8180), port(env, "SOSMED_SIMULATOR_PORT", 8090),
                Duration.ofMillis(number(env, "SOSMED_SIMULATOR_LATENCY_MS", 0)), jvmFlags(env), external);
    }

    /** The repository root: {@code sosmed.repository} when set, else the nearest directory up holding {@code mvnw}. */
    public static Path locateRepository() {
        String configured = System.getProperty("sosmed.repository");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("content-service"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Run the local stack from inside the Sosmed repository");
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** Base URL of the simulated networks (Mastodon under {@code /mastodon}, X under {@code /x}). */
    public String simulatorUrl() {
        return "http://localhost:" + simulatorPort;
    }

    public String issuer() {
        return "http://localhost:" + keycloakPort + "/realms/sosmed";
    }

    private static List<String> jvmFlags(Map<String, String> env) {
        String value = env.get("SOSMED_SERVICE_JVM_OPTS");
        return value == null || value.isBlank() ? SMALL_JVM : List.of(value.trim().split("\\s+"));
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        return number(env, name, defaultPort);
    }

    private static int number(Map<String, String> env, String name, int defaultValue) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
