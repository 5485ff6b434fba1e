package io.sosmed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Creates and deletes the throw-away directories of servers that live for one JVM. */
final class TemporaryDirectories {

    private TemporaryDirectories() {
    }

    /** A new empty directory under {@code java.io.tmpdir}. */
    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory", e);
        }
    }

    /** Deletes the directory and everything in it; files that vanish meanwhile are ignored. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                try {
                    Files.deleteIfExists(path);
                } catch (NoSuchFileException e) {
                    // already gone
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not delete " + directory, e);
        }
    }
}
