package io.sosmed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft mode, one node acting as broker and controller) running in its own JVM on
 * 127.0.0.1.
 *
 * <pre>{@code
 * KafkaBroker broker = new KafkaBroker(0, Path.of("target/kafka")).start(); // 0 = any free port
 * String bootstrapServers = broker.bootstrapServers();                     // "127.0.0.1:<port>"
 * broker.stop();
 * broker.start();                                                           // same port, same data
 * }</pre>
 *
 * <p>The data directory holds {@code kraft/} (topics and cluster metadata, formatted once with a random cluster
 * id), {@code server.properties}, {@code logging.properties}, {@code broker.pid}, {@code controller.port} and the
 * broker's log {@link #logFile()}. Passing the same directory again keeps topics, offsets and the cluster id;
 * a broker left running by a JVM that was killed is stopped before a new one starts on that directory.
 *
 * <p>The broker's jars come from {@code kafka-broker.classpath}, written at build time, so they never appear on
 * the caller's classpath. A JVM shutdown hook stops the broker when this JVM exits.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String MAIN_CLASS = "kafka.Kafka";
    private static final String STORAGE_TOOL_CLASS = "kafka.tools.StorageTool";
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
            "-Djava.net.preferIPv4Stack=true", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE_PERIOD = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private final Path serverProperties;
    private final Path loggingProperties;
    private final Path pidFile;
    private final Path logFile;
    private boolean shutdownHookRegistered;
    private boolean stopOnJvmExit = true;

    /**
     * Prepares (but does not start) a broker.
     *
     * @param port the client port on 127.0.0.1, or 0 for a free one (kept across restarts of this instance)
     * @param dataDirectory where topics, configuration and the log live; created when missing
     */
    public KafkaBroker(int port, Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.port = port == 0 ? Loopback.freePort() : port;
        this.serverProperties = this.dataDirectory.resolve("server.properties");
        this.loggingProperties = this.dataDirectory.resolve("logging.properties");
        this.pidFile = this.dataDirectory.resolve("broker.pid");
        this.logFile = this.dataDirectory.resolve("broker.log");
        this.controllerPort = controllerPort(this.dataDirectory.resolve("controller.port"));
    }

    /**
     * Starts the broker (formatting the data directory on first use) and waits until it answers a
     * describe-cluster request; does nothing when it is already running.
     *
     * @return this broker
     * @throws IllegalStateException when it does not become ready; the message names the log file
     */
    public synchronized KafkaBroker start() {
        Optional<ProcessHandle> existing = process();
        if (existing.isPresent() && ServerProcesses.isChildOfThisJvm(existing.get())) {
            return this;
        }
        existing.ifPresent(stale -> ServerProcesses.terminate(stale, STOP_GRACE_PERIOD));
        Loopback.requireFree(port, "Kafka broker");
        Loopback.requireFree(controllerPort, "Kafka controller");
        KafkaServerConfiguration.write(serverProperties, loggingProperties, port, controllerPort,
                dataDirectory.resolve("kraft"));
        if (!Files.exists(dataDirectory.resolve("kraft").resolve("meta.properties"))) {
            format();
        }
        ServerProcesses.appendLogLine(logFile, "starting Kafka broker on " + bootstrapServers());
        Process broker = ServerProcesses.launch(javaCommand(MAIN_CLASS, serverProperties.toString()),
                Map.of("CLASSPATH", KafkaBrokerClasspath.read()), dataDirectory, logFile);
        writePidFile(broker.pid());
        registerShutdownHook();
        awaitReady(broker);
        return this;
    }

    /** Stops the broker cleanly (SIGTERM, then SIGKILL after 30 s); does nothing when it is not running. */
    public synchronized void stop() {
        process().ifPresent(broker -> ServerProcesses.terminate(broker, STOP_GRACE_PERIOD));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + pidFile, e);
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Whether the broker process for this data directory is alive. */
    public boolean isRunning() {
        return process().isPresent();
    }

    /** The client port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The value for {@code bootstrap.servers}: {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return Loopback.HOST + ":" + port;
    }

    /** The directory holding topics, configuration and the log. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The broker's log file (appended to across restarts). */
    public Path logFile() {
        return logFile;
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", " + dataDirectory + "]";
    }

    private Optional<ProcessHandle> process() {
        return ServerProcesses.fromPidFile(pidFile, serverProperties.toString());
    }

    private void format() {
        ServerProcesses.appendLogLine(logFile, "formatting " + dataDirectory.resolve("kraft"));
        List<String> command = javaCommand(STORAGE_TOOL_CLASS, "format",
                "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties.toString());
        ServerProcesses.run(command, Map.of("CLASSPATH", KafkaBrokerClasspath.read()), dataDirectory, logFile,
                FORMAT_TIMEOUT, "Formatting the Kafka data directory " + dataDirectory);
    }

    private void awaitReady(Process broker) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Admin admin = null;
        try {
            while (System.nanoTime() < deadline) {
                if (broker.waitFor(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " exited with code "
                            + broker.exitValue() + " while starting" + ServerProcesses.logHint(logFile));
                }
                if (Loopback.isListening(port)) {
                    admin = admin == null ? Admin.create(adminConfiguration()) : admin;
                    if (answers(admin)) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
            }
        }
        ServerProcesses.terminate(broker.toHandle(), STOP_GRACE_PERIOD);
        throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready within "
                + START_TIMEOUT.toSeconds() + " s" + ServerProcesses.logHint(logFile));
    }

    private static boolean answers(Admin admin) throws InterruptedException {
        try {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                    .nodes().get(3, TimeUnit.SECONDS);
            return !nodes.isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private Map<String, Object> adminConfiguration() {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "sosmed-broker-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
    }

    /** The JVM command; the classpath goes into CLASSPATH so the command line stays short and readable. */
    private List<String> javaCommand(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlogging.configuration=" + loggingProperties.toUri());
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private static int controllerPort(Path controllerPortFile) {
        try {
            if (Files.isRegularFile(controllerPortFile)) {
                return Integer.parseInt(Files.readString(controllerPortFile, StandardCharsets.UTF_8).strip());
            }
            int controllerPort = Loopback.freePort();
            Files.createDirectories(controllerPortFile.getParent());
            Files.writeString(controllerPortFile, String.valueOf(controllerPort), StandardCharsets.UTF_8);
            return controllerPort;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + controllerPortFile, e);
        }
    }

    private void writePidFile(long pid) {
        try {
            Files.writeString(pidFile, String.valueOf(pid), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pidFile, e);
        }
    }

    /**
     * Whether a JVM shutdown hook stops this server (the default). An owner that stops its components in
     * order from its own hook turns it off, since JVM shutdown hooks run concurrently.
     */
    public synchronized KafkaBroker stopOnJvmExit(boolean stop) {
        this.stopOnJvmExit = stop;
        return this;
    }

    private void registerShutdownHook() {
        if (stopOnJvmExit && !shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "kafka-broker-shutdown-" + port));
            shutdownHookRegistered = true;
        }
    }
}
