package io.sosmed.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Quarkus test resource that gives the application a fresh database on a real PostgreSQL 17: one
 * {@link PostgresServer} per test JVM (free port, temporary data directory, shared by all test classes and class
 * loaders, stopped and deleted when the JVM exits), and a new database named {@code <database>_<random>} each
 * time the resource starts, dropped when it stops.
 *
 * <p>Quarkus 3.33 recommends {@code @QuarkusTestResource} (its {@code @WithTestResource} Javadoc still advises
 * against the newer annotation for now); both work:
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = PostgresTestResource.class,
 *         initArgs = @ResourceArg(name = PostgresTestResource.DATABASE, value = "content"))
 * // or @WithTestResource(value = PostgresTestResource.class,
 * //         initArgs = @ResourceArg(name = "database", value = "content"))
 * class PostResourceTest { ... }
 * }</pre>
 *
 * <p>Sets {@value #JDBC_URL}, {@value #USERNAME} and {@value #PASSWORD}; Flyway creates the schema in the new
 * database as usual. Without the {@value #DATABASE} argument the database name starts with {@code test}.
 * Combined with {@link KafkaTestResource}, {@code parallel = true} on both annotations starts the two servers
 * at the same time.
 */
public final class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument: the prefix of the database name (lower-case letters, digits, underscores). */
    public static final String DATABASE = "database";
    /** Configuration key of the JDBC URL. */
    public static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    /** Configuration key of the user name. */
    public static final String USERNAME = "quarkus.datasource.username";
    /** Configuration key of the password. */
    public static final String PASSWORD = "quarkus.datasource.password";

    static final String SHARED_SERVER_PROPERTY = "io.sosmed.testing.postgres-test-server";

    private static final int MAX_PREFIX_LENGTH = 50;

    private static PostgresServer server;

    private String prefix = "test";
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String requested = initArgs.getOrDefault(DATABASE, prefix);
        if (requested.length() > MAX_PREFIX_LENGTH) {
            throw new IllegalArgumentException("Database name prefix longer than " + MAX_PREFIX_LENGTH
                    + " characters: " + requested);
        }
        prefix = requested;
    }

    /** Creates a new database (starting the JVM's server first if needed) and returns its connection settings. */
    @Override
    public Map<String, String> start() {
        PostgresServer shared = server().start();
        database = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String jdbcUrl = shared.ensureDatabase(database);
        return Map.of(
                JDBC_URL, jdbcUrl,
                USERNAME, shared.username(),
                PASSWORD, shared.password());
    }

    /** Drops this resource's database; the server keeps running for the next test class. */
    @Override
    public void stop() {
        if (database != null && server().isRunning()) {
            server().dropDatabase(database);
        }
        database = null;
    }

    /** The database this resource created, or null before {@link #start()} and after {@link #stop()}. */
    public String database() {
        return database;
    }

    /**
     * The test JVM's server, started on the first call; later calls return it as it is (running or stopped).
     */
    public static synchronized PostgresServer server() {
        if (server == null) {
            server = JvmWideServers.find(SHARED_SERVER_PROPERTY)
                    .map(location -> new PostgresServer(location.port(), location.directory()))
                    .orElseGet(PostgresTestResource::startServer);
        }
        return server;
    }

    private static PostgresServer startServer() {
        Path directory = TemporaryDirectories.create("sosmed-postgres-");
        PostgresServer started = new PostgresServer(0, directory);
        JvmWideServers.onExit("postgres-test-server-cleanup", () -> {
            started.stop();
            TemporaryDirectories.delete(directory);
        });
        started.start();
        JvmWideServers.record(SHARED_SERVER_PROPERTY, new JvmWideServers.Location(started.port(), directory));
        return started;
    }
}
