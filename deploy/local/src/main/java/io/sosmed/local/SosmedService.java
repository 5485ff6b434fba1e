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
     * Settings only the local stack uses: schedule-service's credential key for this machine's throwaway data, http
     * on loopback so self-hosted network servers (a local PDS, the network simulator) can be connected, its service
     * account's secret (from the local realm) to read media from content-service, and X's API at the network simulator.
     */
    private List<String> localSettings(StackSettings settings) {
        if (this != SCHEDULE) {
            return List.of();
        }
        return List.of("-Dsosmed.credentials.active-key=local",
                "-Dsosmed.credentials.keys.local=bG9jYWwtc3RhY2stb25seS1rZXktbm90LXNlY3JldCE=",
                "-Dsosmed.outbound.allow-http-localhost=true",
                "-Dschedule.media.client-credentials=true",
                "-Dquarkus.oidc-client.credentials.secret=sosmed-schedule-secret",
                "-Dsosmed.connector.x.api-url=" + settings.simulatorUrl() + "/x");
    }

    HttpServerProcess process(StackSettings settings, String jdbcUrl, String dbUser, String dbPassword) {
        return process(settings, jdbcUrl, dbUser, dbPassword, port, module);
    }

    /** The service on another port (a second replica on the same database), logging to {@code <name>.log}. */
    HttpServerProcess process(StackSettings settings, String jdbcUrl, String dbUser, String dbPassword, int httpPort,
            String name) {
        Path jar = settings.repository().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + "; build first: ./mvnw package -DskipTests");
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.serviceJvmFlags());
        command.addAll(localSettings(settings));
        command.add("-jar");
        command.add(jar.toString());
        Map<String, String> env = Map.of(
                "SOSMED_MEDIA_STORAGE_DIR", settings.dataDirectory().resolve("media").toString(),
                "QUARKUS_HTTP_PORT", String.valueOf(httpPort),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", dbUser,
                "QUARKUS_DATASOURCE_PASSWORD", dbPassword,
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.issuer());
        return new HttpServerProcess(name, command, env, settings.repository().resolve(module),
                settings.logs().resolve(name + ".log"), URI.create("http://localhost:" + httpPort + "/q/health/ready"));
    }
}
