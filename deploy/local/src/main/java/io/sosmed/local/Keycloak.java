package io.sosmed.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The Keycloak distribution unpacked by the build, started in dev mode with the {@code sosmed} realm imported. */
final class Keycloak {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private Keycloak() {
    }

    static HttpServerProcess process(StackSettings settings) {
        Path home = home(settings.repository().resolve("deploy/local/target/keycloak"));
        Path imports = home.resolve("data/import");
        try {
            Files.createDirectories(imports);
            Path realm = settings.repository().resolve("deploy/realm/sosmed-realm.json");
            Path imported = imports.resolve("sosmed-realm.json");
            if (Files.exists(imported) && Files.mismatch(realm, imported) != -1) {
                forgetImportedRealm(home);
            }
            Files.copy(realm, imported, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the realm import in " + imports, e);
        }
        int port = settings.keycloakPort();
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + (port + 1000),
                "--health-enabled=true");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx320m",
                "JAVA_HOME", System.getProperty("java.home"));
        return new HttpServerProcess("keycloak", command, env, home, settings.logs().resolve("keycloak.log"),
                URI.create(settings.issuer() + "/.well-known/openid-configuration"));
    }

    /**
     * Drops Keycloak's development database when the realm file changed since it was imported: {@code --import-realm}
     * never overwrites an existing realm, so without this a new client or user would never reach the local stack.
     */
    private static void forgetImportedRealm(Path home) throws IOException {
        Path database = home.resolve("data/h2");
        if (!Files.exists(database)) {
            return;
        }
        try (Stream<Path> files = Files.walk(database)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Path home(Path unpacked) {
        try (Stream<Path> entries = Files.list(unpacked)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + unpacked + "; build first: ./mvnw package -DskipTests"));
        } catch (IOException e) {
            throw new IllegalStateException("No Keycloak in " + unpacked + "; build first: ./mvnw package -DskipTests", e);
        }
    }
}
