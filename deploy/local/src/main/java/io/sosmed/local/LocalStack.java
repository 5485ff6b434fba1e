package io.sosmed.local;

import io.sosmed.local.simulator.NetworkSimulator;
import io.sosmed.testing.KafkaBroker;
import io.sosmed.testing.PostgresServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The whole Sosmed system on one machine without Docker: a Kafka broker (KRaft), PostgreSQL (embedded, or
 * an external server), Keycloak with the {@code sosmed} realm, and the four services, each in its own
 * process. Data lives under the data directory and survives restarts; Ctrl-C stops everything.
 */
public final class LocalStack implements AutoCloseable {

    private static final String KEYCLOAK = "keycloak";
    private static final String SIMULATOR = "simulator";
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);

    private final StackSettings settings;
    private final Progress progress;
    private volatile Database database;
    private final List<Stoppable> running = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService starters = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "stack-starter");
        thread.setDaemon(true);
        return thread;
    });

    private record Stoppable(String name, AutoCloseable resource) {
    }

    public LocalStack(StackSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public static void main(String[] args) throws InterruptedException {
        StackSettings settings = StackSettings.from(System.getenv(), StackSettings.locateRepository());
        Progress progress = new Progress(System.out);
        LocalStack stack = new LocalStack(settings, progress);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            progress.note("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
        }
        progress.note(Welcome.text(settings, progress.elapsed()));
        Thread.currentThread().join();
    }

    /** Starts every component, in parallel where they do not depend on each other, and waits until all are ready. */
    public void start() {
        CompletableFuture<Database> database = async(this::startDatabase);
        CompletableFuture<Void> kafka = async(this::startKafka);
        CompletableFuture<Void> keycloak = async(this::startKeycloak);
        CompletableFuture<Void> simulator = async(this::startSimulator);
        List<CompletableFuture<Void>> services = new ArrayList<>();
        for (SosmedService service : SosmedService.values()) {
            services.add(database.thenCombineAsync(kafka, (db, ignored) -> db, starters)
                    .thenAcceptAsync(db -> startService(service, db), starters));
        }
        List<CompletableFuture<?>> all = new ArrayList<>(services);
        all.add(keycloak);
        all.add(simulator);
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        all.forEach(step -> step.whenComplete((ok, failure) -> {
            if (failure != null) {
                firstFailure.completeExceptionally(failure);
            }
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)), firstFailure).join();
        } catch (CompletionException e) {
            throw new IllegalStateException(rootMessage(e), e);
        }
    }

    private Database startDatabase() {
        if (settings.externalDatabase().isPresent()) {
            StackSettings.ExternalDatabase external = settings.externalDatabase().get();
            progress.starting("postgres", "using external server " + external.serverUrl());
            for (SosmedService service : SosmedService.values()) {
                createIfMissing(external, service.database());
            }
            return remember(new Database(external::jdbcUrl, external.username(), external.password()));
        }
        Path dir = settings.dataDirectory().resolve("postgres");
        progress.starting("postgres", "embedded PostgreSQL 17, data in " + dir);
        long start = System.nanoTime();
        PostgresServer postgres = new PostgresServer(settings.postgresPort(), dir).stopOnJvmExit(false);
        running.add(new Stoppable("postgres", postgres));
        run("postgres", postgres.logFile(), postgres::start);
        for (SosmedService service : SosmedService.values()) {
            postgres.ensureDatabase(service.database());
        }
        progress.ready("postgres", since(start), postgres.jdbcUrl("content").replace("/content", ""));
        return remember(new Database(postgres::jdbcUrl, postgres.username(), postgres.password()));
    }

    private Database remember(Database started) {
        database = started;
        return started;
    }

    /** JDBC URL, user and password of one service's database (e.g. {@code community}), once the stack started. */
    public DatabaseAccess databaseAccess(String name) {
        Database started = database;
        if (started == null) {
            throw new IllegalStateException("The stack has not started its database yet");
        }
        return new DatabaseAccess(started.jdbcUrl().apply(name), started.username(), started.password());
    }

    /** How a client reaches one service's database. */
    public record DatabaseAccess(String jdbcUrl, String username, String password) {
    }

    private Void startKafka() {
        Path dir = settings.dataDirectory().resolve("kafka");
        progress.starting("kafka", "Apache Kafka (KRaft) in its own JVM, data in " + dir);
        long start = System.nanoTime();
        KafkaBroker broker = new KafkaBroker(settings.kafkaPort(), dir).stopOnJvmExit(false);
        running.add(new Stoppable("kafka", broker));
        run("kafka", broker.logFile(), broker::start);
        progress.ready("kafka", since(start), broker.bootstrapServers());
        return null;
    }

    private Void startKeycloak() {
        progress.starting(KEYCLOAK, "Keycloak dev mode with realm sosmed");
        long start = System.nanoTime();
        HttpServerProcess keycloak = Keycloak.process(settings);
        running.add(new Stoppable(KEYCLOAK, keycloak));
        run(KEYCLOAK, keycloak.logFile(), () -> keycloak.start(KEYCLOAK_TIMEOUT));
        progress.ready(KEYCLOAK, since(start), "http://localhost:" + settings.keycloakPort());
        return null;
    }

    private Void startSimulator() {
        progress.starting(SIMULATOR, "simulated Mastodon and X, in memory");
        long start = System.nanoTime();
        NetworkSimulator simulator;
        try {
            simulator = NetworkSimulator.start(settings.simulatorPort(), settings.simulatorLatency());
        } catch (RuntimeException e) {
            progress.failed(SIMULATOR, e.getMessage(), null);
            throw e;
        }
        running.add(new Stoppable(SIMULATOR, simulator));
        progress.ready(SIMULATOR, since(start), simulator.mastodonUrl() + "  " + simulator.xUrl());
        return null;
    }

    private void startService(SosmedService service, Database database) {
        progress.starting(service.module(), "port " + service.port());
        long start = System.nanoTime();
        HttpServerProcess process = service.process(settings, database.jdbcUrl().apply(service.database()),
                database.username(), database.password());
        running.add(new Stoppable(service.module(), process));
        run(service.module(), process.logFile(), () -> process.start(SERVICE_TIMEOUT));
        progress.ready(service.module(), since(start), service.baseUrl());
    }

    /**
     * Starts one more replica of a service on another port, sharing the stack's database and broker (e.g. to show
     * that two schedule-service replicas never publish the same variant twice); closing it stops the replica.
     */
    public AutoCloseable startReplica(SosmedService service, int httpPort) {
        Database started = database;
        if (started == null) {
            throw new IllegalStateException("The stack has not started its database yet");
        }
        String name = service.module() + "-" + httpPort;
        progress.starting(name, "second replica on port " + httpPort);
        long start = System.nanoTime();
        HttpServerProcess process = service.process(settings, started.jdbcUrl().apply(service.database()),
                started.username(), started.password(), httpPort, name);
        running.add(new Stoppable(name, process));
        run(name, process.logFile(), () -> process.start(SERVICE_TIMEOUT));
        progress.ready(name, since(start), "http://localhost:" + httpPort);
        return () -> {
            running.removeIf(c -> c.resource() == process);
            stop(new Stoppable(name, process));
        };
    }

    /** Kills one of the stack's services with SIGKILL: no clean shutdown, as when its host or container dies. */
    public void kill(SosmedService service) {
        Stoppable victim;
        synchronized (running) {
            victim = running.stream().filter(c -> c.name().equals(service.module())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(service.module() + " is not running"));
            running.remove(victim);
        }
        progress.stopping(service.module() + " (SIGKILL)");
        ((HttpServerProcess) victim.resource()).kill();
    }

    /** Starts a service {@link #kill killed} before again, on its port with the stack's database and broker. */
    public void restart(SosmedService service) {
        Database started = database;
        if (started == null) {
            throw new IllegalStateException("The stack has not started its database yet");
        }
        startService(service, started);
    }

    private void run(String component, Path log, Runnable starter) {
        try {
            starter.run();
        } catch (RuntimeException e) {
            progress.failed(component, e.getMessage(), log);
            throw e;
        }
    }

    private <T> CompletableFuture<T> async(Supplier<T> starter) {
        return CompletableFuture.supplyAsync(starter, starters);
    }

    /** Stops services first, then Keycloak, Kafka and PostgreSQL, each cleanly. */
    @Override
    public void close() {
        List<Stoppable> reversed;
        synchronized (running) {
            reversed = new ArrayList<>(running);
            running.clear();
        }
        Collections.reverse(reversed);
        List<Stoppable> services = reversed.stream().filter(c -> c.resource() instanceof HttpServerProcess
                && !c.name().equals(KEYCLOAK)).toList();
        services.parallelStream().forEach(this::stop);
        reversed.stream().filter(c -> !services.contains(c)).forEach(this::stop);
        starters.shutdownNow();
    }

    private void stop(Stoppable component) {
        progress.stopping(component.name());
        try {
            component.resource().close();
        } catch (Exception e) {
            progress.failed(component.name(), "did not stop cleanly: " + e.getMessage(), null);
        }
    }

    private static void createIfMissing(StackSettings.ExternalDatabase external, String database) {
        try (var connection = DriverManager.getConnection(external.jdbcUrl("postgres"), external.username(), external.password());
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + database + " on " + external.serverUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** How services reach their databases. */
    private record Database(java.util.function.Function<String, String> jdbcUrl, String username, String password) {
    }
}
