package io.sosmed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The operating-system user PostgreSQL runs as: the current user, or {@code nobody} (via {@code setpriv}) when this
 * JVM runs as root, because initdb, pg_ctl and postgres refuse to run as root.
 */
final class PostgresUser {

    private static final int FALLBACK_NOBODY_ID = 65534;
    private static final List<Path> SETPRIV_LOCATIONS = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv"));

    private final boolean root;
    private final int uid;
    private final int gid;

    private PostgresUser(boolean root, int uid, int gid) {
        this.root = root;
        this.uid = uid;
        this.gid = gid;
    }

    /** The user for PostgreSQL started from this JVM. */
    static PostgresUser forThisJvm() {
        if (!currentUserIsRoot()) {
            return new PostgresUser(false, -1, -1);
        }
        int[] nobody = nobodyIds();
        return new PostgresUser(true, nobody[0], nobody[1]);
    }

    /** Whether PostgreSQL is switched to {@code nobody} because this JVM runs as root. */
    boolean switchesFromRoot() {
        return root;
    }

    /**
     * The command that runs the given PostgreSQL program as this user. As root that is
     * {@code setpriv --reuid=nobody --regid=nogroup --clear-groups [--ambient-caps=+dac_read_search] -- program},
     * where the capability is only added when {@code nobody} could not otherwise reach the data directory
     * (for example a directory under {@code /root}).
     */
    List<String> command(List<String> program, Path dataDirectory) {
        if (!root) {
            return program;
        }
        List<String> command = new ArrayList<>();
        command.add(setpriv().toString());
        command.add("--reuid=" + uid);
        command.add("--regid=" + gid);
        command.add("--clear-groups");
        if (!canReach(dataDirectory)) {
            command.add("--inh-caps=+dac_read_search");
            command.add("--ambient-caps=+dac_read_search");
        }
        command.add("--");
        command.addAll(program);
        return command;
    }

    /** Makes this user the owner of the path and everything below it (a no-op unless running as root). */
    void own(Path path) {
        if (!root || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : (Iterable<Path>) paths::iterator) {
                if (!Files.isSymbolicLink(each) && ownerId(each) != uid) {
                    Files.setAttribute(each, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(each, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand " + path + " to the PostgreSQL user", e);
        }
    }

    private boolean canReach(Path directory) {
        for (Path each = directory.getParent(); each != null; each = each.getParent()) {
            if (Files.exists(each) && !searchable(each)) {
                return false;
            }
        }
        return true;
    }

    private boolean searchable(Path directory) {
        try {
            Map<String, Object> attributes = Files.readAttributes(directory, "unix:uid,gid,permissions");
            @SuppressWarnings("unchecked")
            Set<PosixFilePermission> permissions = (Set<PosixFilePermission>) attributes.get("permissions");
            return permissions.contains(PosixFilePermission.OTHERS_EXECUTE)
                    || (attributes.get("uid").equals(uid) && permissions.contains(PosixFilePermission.OWNER_EXECUTE))
                    || (attributes.get("gid").equals(gid) && permissions.contains(PosixFilePermission.GROUP_EXECUTE));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static int ownerId(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean currentUserIsRoot() {
        Path self = Path.of("/proc/self");
        try {
            if (Files.exists(self)) {
                return ((Integer) Files.getAttribute(self, "unix:uid")) == 0;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through to the user name
        }
        return "root".equals(System.getProperty("user.name"));
    }

    private static int[] nobodyIds() {
        Path passwd = Path.of("/etc/passwd");
        try (Stream<String> lines = Files.lines(passwd)) {
            Optional<String[]> entry = lines.filter(line -> line.startsWith("nobody:"))
                    .map(line -> line.split(":"))
                    .filter(fields -> fields.length > 3)
                    .findFirst();
            if (entry.isPresent()) {
                return new int[] {Integer.parseInt(entry.get()[2]), Integer.parseInt(entry.get()[3])};
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // use the conventional id below
        }
        return new int[] {FALLBACK_NOBODY_ID, FALLBACK_NOBODY_ID};
    }

    private static Path setpriv() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry, "setpriv"));
        return Stream.concat(SETPRIV_LOCATIONS.stream(), onPath)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("PostgreSQL refuses to run as root and this JVM runs as"
                        + " root: install setpriv (Debian package util-linux) so it can run as 'nobody'"));
    }
}
