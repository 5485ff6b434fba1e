package io.sosmed.testing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Records the one server of each kind that a test JVM runs in a system property, so that every class loader
 * Quarkus creates (one per application restart or test profile) reuses it instead of starting another.
 */
final class JvmWideServers {

    private static final String SEPARATOR = "|";

    /** Where a shared server listens and keeps its data. */
    record Location(int port, Path directory) {
    }

    private JvmWideServers() {
    }

    /** The server recorded under the property, if any class loader of this JVM started one. */
    static Optional<Location> find(String property) {
        String value = System.getProperty(property);
        if (value == null || !value.contains(SEPARATOR)) {
            return Optional.empty();
        }
        int separator = value.indexOf(SEPARATOR);
        return Optional.of(new Location(Integer.parseInt(value.substring(0, separator)),
                Path.of(value.substring(separator + 1))));
    }

    /** Records a server that this class loader started. */
    static void record(String property, Location location) {
        System.setProperty(property, location.port() + SEPARATOR + location.directory());
    }

    /** Runs the action when the JVM exits. */
    static void onExit(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, name));
    }
}
