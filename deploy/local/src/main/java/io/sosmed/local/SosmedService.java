package io.sosmed.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One of the four Sosmed services, run from the fast-jar its module builds. */
public enum SosmedService {
    CONTENT("content-service", 8081, "content"),
    SCHEDULE("schedule-service", 8082, "schedule"),
    ANALYTICS("analytics-service", 8083, "analytics"),
    COMMUNITY("community-service", 8084, "community");

    /** Measured to keep each service near 150 MB RSS while starting in a few seconds. */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx96m", "-XX:TieredStopAtLevel=1",
            "-Xss512k", "-XX:MaxMetaspaceSize=128m");

    private final String module;
    private final int port;
    private final String database;

    SosmedService(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Settings only the local stack uses: schedule-service's credential key for this machine's throwaway data, and http
     * on loopback so self-hosted network servers (a local PDS, the network simulator) can be connected.
     */
    private List<String> localSettings() {
        if (this != SCHEDULE) {
            return List.of();
        }
        return List.of("-Dsosmed.credentials.active-key=local",
                "-Dsosmed.credentials.keys.local=bG9jYWwtc3RhY2stb25seS1rZXktbm90LXNlY3JldCE=",
                "-Dsosmed.outbound.allow-http-localhost=true",
                "-Dsosmed.connector.x.api-url=http://localhost:" + NetworkSimulator.PORT);
    }

    HttpServerProcess process(StackSettings settings, String jdbcUrl, String dbUser, String dbPassword) {
        Path jar = settings.repository().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + "; build first: ./mvnw package -DskipTests");
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(localSettings());
        command.add("-jar");
        command.add(jar.toString());
        Map<String, String> env = Map.of(
                "SOSMED_MEDIA_STORAGE_DIR", settings.dataDirectory().resolve("media").toString(),
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", dbUser,
                "QUARKUS_DATASOURCE_PASSWORD", dbPassword,
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.issuer());
        return new HttpServerProcess(module, command, env, settings.repository().resolve(module),
                settings.logs().resolve(module + ".log"), URI.create(baseUrl() + "/q/health/ready"));
    }
}
