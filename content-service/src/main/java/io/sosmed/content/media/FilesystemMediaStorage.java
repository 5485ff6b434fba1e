package io.sosmed.content.media;

import io.quarkus.arc.DefaultBean;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Stores media as files under {@code sosmed.media.storage-dir}: each key is a relative path. Writes go to a
 * temporary file in {@code .incoming/} on the same file system and are then renamed into place atomically.
 */
@ApplicationScoped
@DefaultBean
public class FilesystemMediaStorage implements MediaStorage {

    static final String INCOMING = ".incoming";
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    private final Path root;
    private final Path incoming;

    @Inject
    public FilesystemMediaStorage(MediaConfig config) {
        this(Path.of(config.storageDir()));
    }

    FilesystemMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve(INCOMING);
        try {
            Files.createDirectories(incoming);
            removeAbandonedWrites();
        } catch (IOException e) {
            throw new UncheckedIOException("Media storage directory " + this.root + " cannot be created", e);
        }
        Log.infof("Media stored under %s", this.root);
    }

    /**
     * Deletes temporary files left by a process that died mid-write. Only old ones: another instance sharing the
     * directory may be writing right now.
     */
    private void removeAbandonedWrites() throws IOException {
        Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        Path target = resolve(key);
        Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            Files.copy(content, temporary);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<InputStream> open(String key) throws IOException {
        try {
            return Optional.of(Files.newInputStream(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** The file of a key; keys come from {@link MediaLayout}, and anything that could leave the root is refused. */
    Path resolve(String key) {
        if (!SAFE_KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Unsafe storage key " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.startsWith(incoming)) {
            throw new IllegalArgumentException("Storage key outside the media root: " + key);
        }
        return path;
    }
}
