package io.sosmed.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTest {

    @TempDir
    Path directory;

    @Test
    void createsDatabasesOnceAndListensOnLoopbackOnly() throws Exception {
        try (PostgresServer server = new PostgresServer(0, directory).start()) {
            String url = server.ensureDatabase("content");

            assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/content");
            assertThat(server.ensureDatabase("content")).isEqualTo(url);
            try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
                    Statement statement = connection.createStatement();
                    ResultSet settings = statement.executeQuery("SELECT current_database(),"
                            + " current_setting('server_version_num')::int, current_setting('listen_addresses'),"
                            + " current_setting('max_connections')::int")) {
                assertThat(settings.next()).isTrue();
                assertThat(settings.getString(1)).isEqualTo("content");
                assertThat(settings.getInt(2)).isBetween(170000, 179999);
                assertThat(settings.getString(3)).isEqualTo("127.0.0.1");
                assertThat(settings.getInt(4)).isEqualTo(200);
            }
        }
    }

    @Test
    void keepsTablesWhenRestartedWithTheSameDirectory() throws Exception {
        int port;
        try (PostgresServer first = new PostgresServer(0, directory).start()) {
            port = first.port();
            try (Connection connection = DriverManager.getConnection(first.ensureDatabase("schedule"),
                    first.username(), first.password()); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE channel (id int PRIMARY KEY, name text NOT NULL)");
                statement.execute("INSERT INTO channel VALUES (1, 'x-main')");
            }
            first.stop();
            assertThat(first.isRunning()).isFalse();
        }

        try (PostgresServer second = new PostgresServer(port, directory).start();
                Connection connection = second.connect("schedule");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, name FROM channel")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt("id")).isEqualTo(1);
            assertThat(rows.getString("name")).isEqualTo("x-main");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void runsAsNobodyWhenTheJvmRunsAsRootEvenBelowAPrivateDirectory() throws Exception {
        Path privateParent = Files.createDirectories(directory.resolve("private"));
        Files.setPosixFilePermissions(privateParent, PosixFilePermissions.fromString("rwx------"));
        try (PostgresServer server = new PostgresServer(0, privateParent.resolve("postgres")).start()) {
            long pid = Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("pgdata/postmaster.pid"),
                    StandardCharsets.UTF_8).get(0).trim());
            String owner = ProcessHandle.of(pid).orElseThrow().info().user().orElseThrow();
            boolean jvmIsRoot = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;

            assertThat(owner).isEqualTo(jvmIsRoot ? "nobody" : System.getProperty("user.name"));
            assertThat(server.databaseExists("postgres")).isTrue();
        }
    }

    @Test
    void dropsDatabases() {
        try (PostgresServer server = new PostgresServer(0, directory).start()) {
            server.ensureDatabase("analytics");
            assertThat(server.databaseExists("analytics")).isTrue();

            server.dropDatabase("analytics");

            assertThat(server.databaseExists("analytics")).isFalse();
        }
    }

    @Test
    void rejectsDatabaseNamesThatAreNotPlainIdentifiers() {
        PostgresServer server = new PostgresServer(0, directory);

        assertThatThrownBy(() -> server.ensureDatabase("content\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a valid database name");
        assertThat(server.isRunning()).isFalse();
    }
}
