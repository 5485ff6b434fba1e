package io.sosmed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.postgresql.Driver;

/**
 * A real PostgreSQL 17 server (zonky's embedded binaries) listening on 127.0.0.1 only.
 *
 * <pre>{@code
 * PostgresServer postgres = new PostgresServer(0, Path.of("target/postgres")).start(); // 0 = any free port
 * String url = postgres.ensureDatabase("content");  // jdbc:postgresql://127.0.0.1:<port>/content
 * // connect with postgres.username() / postgres.password()
 * }</pre>
 *
 * <p>The data directory holds {@code pgdata/} (the cluster, created by initdb on first start) and the server log
 * {@link #logFile()}; passing the same directory again keeps every database. When this JVM runs as root the
 * programs run as {@code nobody} through {@code setpriv} and {@code pgdata/} is owned by {@code nobody}, since
 * PostgreSQL refuses to run as root. The server is tuned small for tests and the local stack (32 MB shared
 * buffers, 200 connections, no fsync: data survives a killed process, not a power cut). A JVM shutdown hook
 * stops it when this JVM exits; a server left running by a killed JVM is stopped before a new one starts on the
 * same directory.
 */
public final class PostgresServer implements AutoCloseable {

    private static final String SUPERUSER = "postgres";
    private static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration INITDB_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final String DUPLICATE_DATABASE = "42P04";

    private final int port;
    private final Path dataDirectory;
    private final Path clusterDirectory;
    private final Path logFile;
    private final PostgresUser user;
    private boolean shutdownHookRegistered;
    private boolean stopOnJvmExit = true;

    /**
     * Prepares (but does not start) a server.
     *
     * @param port the port on 127.0.0.1, or 0 for a free one (kept across restarts of this instance)
     * @param dataDirectory where the cluster and the log live; created when missing
     */
    public PostgresServer(int port, Path dataDirectory) {
        this.port = port == 0 ? Loopback.freePort() : port;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.clusterDirectory = this.dataDirectory.resolve("pgdata");
        this.logFile = this.dataDirectory.resolve("postgres.log");
        this.user = PostgresUser.forThisJvm();
    }

    /**
     * Starts the server (running initdb on first use) and waits until it accepts connections; does nothing when
     * it is already running.
     *
     * @return this server
     * @throws IllegalStateException when it does not become ready; the message names the log file
     */
    public synchronized PostgresServer start() {
        Optional<ProcessHandle> existing = process();
        if (existing.isPresent() && ServerProcesses.isChildOfThisJvm(existing.get())) {
            return this;
        }
        existing.ifPresent(this::shutDown);
        Loopback.requireFree(port, "PostgreSQL");
        createDataDirectory();
        if (!Files.exists(clusterDirectory.resolve("PG_VERSION"))) {
            initdb();
        }
        ServerProcesses.appendLogLine(logFile, "starting PostgreSQL on " + Loopback.HOST + ":" + port
                + (user.switchesFromRoot() ? " as nobody" : ""));
        Process postgres = ServerProcesses.launch(user.command(postgresCommand(), dataDirectory), dataDirectory,
                logFile);
        registerShutdownHook();
        awaitReady(postgres);
        return this;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}, killing it if that fails); a no-op when it is not running. */
    public synchronized void stop() {
        process().ifPresent(this::shutDown);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Whether the postmaster for this data directory is alive. */
    public boolean isRunning() {
        return process().isPresent();
    }

    /**
     * Creates the database when it does not exist yet.
     *
     * @param database lower-case letters, digits and underscores, starting with a letter or underscore
     * @return its JDBC URL
     */
    public String ensureDatabase(String database) {
        execute("CREATE DATABASE " + quoted(database), DUPLICATE_DATABASE);
        return jdbcUrl(database);
    }

    /** Drops the database if it exists, closing any connection to it first. */
    public void dropDatabase(String database) {
        execute("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)", null);
    }

    /** Whether a database of that name exists. */
    public boolean databaseExists(String database) {
        try (Connection connection = connect("postgres");
                var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, validName(database));
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up database " + database + " on " + this, e);
        }
    }

    /** The JDBC URL of a database on this server: {@code jdbc:postgresql://127.0.0.1:<port>/<database>}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + Loopback.HOST + ":" + port + "/" + validName(database);
    }

    /** Opens a connection to a database on this server as the superuser. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        Connection connection = new Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("The PostgreSQL driver did not accept " + jdbcUrl(database));
        }
        return connection;
    }

    /** The superuser's name. */
    public String username() {
        return SUPERUSER;
    }

    /** The superuser's password (connections over TCP use scram-sha-256). */
    public String password() {
        return PASSWORD;
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The directory holding {@code pgdata/} and the log. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's log file (appended to across restarts). */
    public Path logFile() {
        return logFile;
    }

    @Override
    public String toString() {
        return "PostgresServer[" + Loopback.HOST + ":" + port + ", " + dataDirectory + "]";
    }

    private Optional<ProcessHandle> process() {
        return ServerProcesses.fromPidFile(clusterDirectory.resolve("postmaster.pid"), clusterDirectory.toString());
    }

    private void createDataDirectory() {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + dataDirectory, e);
        }
        user.own(dataDirectory);
    }

    private void initdb() {
        TemporaryDirectories.delete(clusterDirectory); // a half-initialised cluster from an interrupted initdb
        Path passwordFile = dataDirectory.resolve("initdb-password");
        try {
            Files.writeString(passwordFile, PASSWORD, StandardCharsets.UTF_8);
            user.own(passwordFile);
            ServerProcesses.appendLogLine(logFile, "initdb " + clusterDirectory);
            ServerProcesses.run(user.command(List.of(PostgresBinaries.program("initdb"),
                    "--pgdata=" + clusterDirectory, "--username=" + SUPERUSER, "--pwfile=" + passwordFile,
                    "--auth-host=scram-sha-256", "--auth-local=trust", "--encoding=UTF8", "--locale=C",
                    "--no-sync"), dataDirectory), dataDirectory, logFile, INITDB_TIMEOUT,
                    "initdb of " + clusterDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + passwordFile, e);
        } finally {
            deleteQuietly(passwordFile);
        }
    }

    private List<String> postgresCommand() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", Loopback.HOST);
        settings.put("port", String.valueOf(port));
        settings.put("unix_socket_directories", "");
        settings.put("max_connections", "200");
        settings.put("shared_buffers", "32MB");
        settings.put("work_mem", "4MB");
        settings.put("maintenance_work_mem", "32MB");
        settings.put("max_wal_size", "256MB");
        settings.put("fsync", "off");
        settings.put("synchronous_commit", "off");
        settings.put("full_page_writes", "off");
        settings.put("jit", "off");
        settings.put("huge_pages", "off");
        settings.put("timezone", "UTC");
        settings.put("log_timezone", "UTC");

        List<String> command = new ArrayList<>();
        command.add(PostgresBinaries.program("postgres"));
        command.add("-D");
        command.add(clusterDirectory.toString());
        settings.forEach((name, value) -> {
            command.add("-c");
            command.add(name + "=" + value);
        });
        return command;
    }

    private void awaitReady(Process postgres) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException lastFailure = null;
        try {
            while (System.nanoTime() < deadline) {
                if (postgres.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("PostgreSQL on port " + port + " exited with code "
                            + postgres.exitValue() + " while starting" + ServerProcesses.logHint(logFile));
                }
                if (Loopback.isListening(port)) {
                    try (Connection connection = connect("postgres")) {
                        return;
                    } catch (SQLException e) {
                        lastFailure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
        shutDown(postgres.toHandle());
        throw new IllegalStateException("PostgreSQL on port " + port + " did not accept connections within "
                + START_TIMEOUT.toSeconds() + " s" + ServerProcesses.logHint(logFile), lastFailure);
    }

    private void shutDown(ProcessHandle postmaster) {
        try {
            ServerProcesses.run(user.command(List.of(PostgresBinaries.program("pg_ctl"), "stop",
                    "--pgdata=" + clusterDirectory, "--mode=fast", "--wait", "--timeout=" + STOP_TIMEOUT.toSeconds()),
                    dataDirectory), dataDirectory, logFile, STOP_TIMEOUT.plusSeconds(5), "pg_ctl stop");
        } catch (IllegalStateException e) {
            // pg_ctl could not stop it (for example a server of another user); the kill below does
        }
        if (!ServerProcesses.awaitExit(postmaster, Duration.ofSeconds(5))) {
            ServerProcesses.kill(postmaster);
        }
    }

    private void execute(String sql, String ignoredSqlState) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if (ignoredSqlState == null || !ignoredSqlState.equals(e.getSQLState())) {
                throw new IllegalStateException("'" + sql + "' failed on " + this, e);
            }
        }
    }

    private static String quoted(String database) {
        return '"' + validName(database) + '"';
    }

    private static String validName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a valid database name (lower-case letters, digits, underscores,"
                    + " at most 63 characters): " + database);
        }
        return database;
    }

    /**
     * Whether a JVM shutdown hook stops this server (the default). An owner that stops its components in
     * order from its own hook turns it off, since JVM shutdown hooks run concurrently.
     */
    public synchronized PostgresServer stopOnJvmExit(boolean stop) {
        this.stopOnJvmExit = stop;
        return this;
    }

    private void registerShutdownHook() {
        if (stopOnJvmExit && !shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "postgres-shutdown-" + port));
            shutdownHookRegistered = true;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a left-over password file holds only the well-known test password
        }
    }
}
