package io.sosmed.content.importing;

/** What is wrong with one cell of a row; {@code column} is the CSV header name (or {@code row} for the whole row). */
public record RowError(String column, String message) {

    static RowError of(ImportColumn column, String message) {
        return new RowError(column.header(), message);
    }
}
