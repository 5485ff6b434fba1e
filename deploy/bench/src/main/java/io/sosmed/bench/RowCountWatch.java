package io.sosmed.bench;

import io.sosmed.local.SosmedService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Watches a service's table fill up: how long until a count query reaches the expected number. */
final class RowCountWatch {

    private final BenchContext context;
    private final SosmedService service;
    private final String countQuery;

    RowCountWatch(BenchContext context, SosmedService service, String countQuery) {
        this.context = context;
        this.service = service;
        this.countQuery = countQuery;
    }

    long count() throws SQLException {
        try (Connection connection = context.database(service); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(countQuery)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Polls every 200 ms until the count reaches {@code expected} or the timeout passes.
     *
     * @param startNanos {@link System#nanoTime()} when the workload started
     * @return nanoseconds from start until the count was reached, or -1 on timeout
     */
    long awaitCount(long expected, long startNanos, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count() >= expected) {
                return System.nanoTime() - startNanos;
            }
            Thread.sleep(200);
        }
        return -1;
    }
}
