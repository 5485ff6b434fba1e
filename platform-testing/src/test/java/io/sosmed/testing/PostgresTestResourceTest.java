package io.sosmed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void givesEachStartAFreshDatabaseAndDropsItOnStop() throws Exception {
        PostgresTestResource first = resource("content");
        PostgresTestResource second = resource("content");

        Map<String, String> firstConfiguration = first.start();
        Map<String, String> secondConfiguration = second.start();

        String prefix = "jdbc:postgresql://127.0.0.1:" + PostgresTestResource.server().port() + "/content_";
        assertThat(firstConfiguration)
                .containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                        "quarkus.datasource.password")
                .containsEntry("quarkus.datasource.jdbc.url", prefix.replace("content_", "") + first.database())
                .containsEntry("quarkus.datasource.username", "postgres")
                .containsEntry("quarkus.datasource.password", "postgres");
        assertThat(firstConfiguration.get("quarkus.datasource.jdbc.url")).startsWith(prefix);
        assertThat(secondConfiguration.get("quarkus.datasource.jdbc.url")).startsWith(prefix)
                .isNotEqualTo(firstConfiguration.get("quarkus.datasource.jdbc.url"));

        try (Connection connection = connect(firstConfiguration); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE post (id int PRIMARY KEY)");
        }
        try (Connection connection = connect(secondConfiguration); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'post'")) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getInt(1)).isZero();
        }

        String firstDatabase = first.database();
        first.stop();
        second.stop();
        assertThat(PostgresTestResource.server().databaseExists(firstDatabase)).isFalse();
        assertThat(first.database()).isNull();
    }

    @Test
    void sharesTheServerWithOtherClassLoaders() throws Exception {
        PostgresTestResource resource = resource("community");
        resource.start();

        try (IsolatedClassLoader loader = new IsolatedClassLoader()) {
            Class<?> isolatedResource = loader.loadClass(PostgresTestResource.class.getName());
            Object isolated = isolatedResource.getConstructor().newInstance();
            isolatedResource.getMethod("init", Map.class).invoke(isolated, Map.of("database", "community"));
            @SuppressWarnings("unchecked")
            Map<String, String> configuration = (Map<String, String>) isolatedResource.getMethod("start")
                    .invoke(isolated);

            assertThat(configuration.get("quarkus.datasource.jdbc.url"))
                    .startsWith("jdbc:postgresql://127.0.0.1:" + PostgresTestResource.server().port() + "/community_");
            isolatedResource.getMethod("stop").invoke(isolated);
        } finally {
            resource.stop();
        }
    }

    private static PostgresTestResource resource(String database) {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of(PostgresTestResource.DATABASE, database));
        return resource;
    }

    private static Connection connect(Map<String, String> configuration) throws Exception {
        return DriverManager.getConnection(configuration.get("quarkus.datasource.jdbc.url"),
                configuration.get("quarkus.datasource.username"), configuration.get("quarkus.datasource.password"));
    }
}
