package io.sosmed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The broker's {@code server.properties} (single KRaft node on 127.0.0.1, replication factor 1, auto-created
 * topics with 3 partitions, small buffers and thread pools) and its JBoss LogManager {@code logging.properties}.
 */
final class KafkaServerConfiguration {

    private KafkaServerConfiguration() {
    }

    /** Writes both files, replacing earlier versions (the ports may differ between runs). */
    static void write(Path serverProperties, Path loggingProperties, int port, int controllerPort, Path logDirectory) {
        writeProperties(serverProperties, server(port, controllerPort, logDirectory));
        writeProperties(loggingProperties, logging());
    }

    private static Map<String, String> server(int port, int controllerPort, Path logDirectory) {
        String broker = Loopback.HOST + ":" + port;
        String controller = Loopback.HOST + ":" + controllerPort;
        Map<String, String> server = new LinkedHashMap<>();
        server.put("process.roles", "broker,controller");
        server.put("node.id", "1");
        server.put("controller.quorum.voters", "1@" + controller);
        server.put("listeners", "PLAINTEXT://" + broker + ",CONTROLLER://" + controller);
        server.put("advertised.listeners", "PLAINTEXT://" + broker);
        server.put("controller.listener.names", "CONTROLLER");
        server.put("inter.broker.listener.name", "PLAINTEXT");
        server.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        server.put("log.dirs", logDirectory.toString());
        server.put("auto.create.topics.enable", "true");
        server.put("num.partitions", "3");
        server.put("default.replication.factor", "1");
        server.put("min.insync.replicas", "1");
        server.put("offsets.topic.replication.factor", "1");
        server.put("offsets.topic.num.partitions", "10");
        server.put("transaction.state.log.replication.factor", "1");
        server.put("transaction.state.log.min.isr", "1");
        server.put("transaction.state.log.num.partitions", "10");
        server.put("share.coordinator.state.topic.replication.factor", "1");
        server.put("share.coordinator.state.topic.min.isr", "1");
        server.put("group.initial.rebalance.delay.ms", "0");
        server.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        server.put("num.network.threads", "2");
        server.put("num.io.threads", "2");
        server.put("background.threads", "2");
        server.put("num.recovery.threads.per.data.dir", "1");
        return server;
    }

    private static Map<String, String> logging() {
        Map<String, String> logging = new LinkedHashMap<>();
        logging.put("logger.level", "INFO");
        logging.put("logger.handlers", "CONSOLE");
        logging.put("handler.CONSOLE", "org.jboss.logmanager.handlers.ConsoleHandler");
        logging.put("handler.CONSOLE.properties", "autoFlush,target");
        logging.put("handler.CONSOLE.autoFlush", "true");
        logging.put("handler.CONSOLE.target", "SYSTEM_OUT");
        logging.put("handler.CONSOLE.formatter", "PATTERN");
        logging.put("formatter.PATTERN", "org.jboss.logmanager.formatters.PatternFormatter");
        logging.put("formatter.PATTERN.properties", "pattern");
        logging.put("formatter.PATTERN.pattern", "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] %s%e%n");
        return logging;
    }

    private static void writeProperties(Path file, Map<String, String> properties) {
        String content = properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
