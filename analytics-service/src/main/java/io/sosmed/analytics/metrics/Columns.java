package io.sosmed.analytics.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows turned into one text array per column, for multi-row statements over {@code unnest(?::text[], ...)}; the SQL
 * casts each column back to its type.
 */
final class Columns {

    private final int rows;
    private List<List<Object>> columns;

    Columns(int rows) {
        this.rows = rows;
    }

    /** Adds a row; every row has the same number of values. */
    void add(Object... row) {
        if (columns == null) {
            columns = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                columns.add(new ArrayList<>(rows));
            }
        }
        for (int i = 0; i < row.length; i++) {
            columns.get(i).add(row[i]);
        }
    }

    String placeholders() {
        return String.join(", ", java.util.Collections.nCopies(columns.size(), "?::text[]"));
    }

    Object[] values() {
        return columns.toArray();
    }
}
