package io.sosmed.analytics;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Plain SQL for upserts and aggregations Panache does not express (on conflict, distinct on, group by); runs on
 * the same connection as the caller's transaction.
 */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;

    public Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** Runs an insert, update or delete and returns how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL update failed: " + e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet results = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            Row row = new Row(results);
            while (results.next()) {
                rows.add(mapper.map(row));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("SQL query failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            bind(connection, statement, i + 1, parameters[i]);
        }
        return statement;
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Collection<?> values) {
            Array array = connection.createArrayOf("text",
                    values.stream().map(v -> v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString()).toArray());
            statement.setArray(index, array);
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    /** Typed access to the current row of a result set; SQL nulls read as Java nulls. */
    public static final class Row {

        private final ResultSet results;

        Row(ResultSet results) {
            this.results = results;
        }

        public String string(String column) throws SQLException {
            return results.getString(column);
        }

        public Long longOrNull(String column) throws SQLException {
            long value = results.getLong(column);
            return results.wasNull() ? null : value;
        }

        public long longValue(String column) throws SQLException {
            return results.getLong(column);
        }

        public Double doubleOrNull(String column) throws SQLException {
            double value = results.getDouble(column);
            return results.wasNull() ? null : value;
        }

        public BigDecimal decimal(String column) throws SQLException {
            return results.getBigDecimal(column);
        }

        public boolean bool(String column) throws SQLException {
            return results.getBoolean(column);
        }

        public UUID uuid(String column) throws SQLException {
            return results.getObject(column, UUID.class);
        }

        public Instant instant(String column) throws SQLException {
            Timestamp timestamp = results.getTimestamp(column);
            return timestamp == null ? null : timestamp.toInstant();
        }

        public java.time.LocalDate localDate(String column) throws SQLException {
            return results.getObject(column, java.time.LocalDate.class);
        }

        public List<String> strings(String column) throws SQLException {
            Array array = results.getArray(column);
            if (array == null) {
                return List.of();
            }
            return List.of((String[]) array.getArray());
        }
    }
}
