package io.sosmed.content.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of the CSV: {@code row} 1 is the first line after the header. Cells are as written, except that
 * every cell but {@code text} is stripped of surrounding spaces; empty cells are absent.
 */
public record ImportRow(int row, Map<ImportColumn, String> cells, List<RowError> shapeErrors) {

    public ImportRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
        shapeErrors = List.copyOf(shapeErrors);
    }

    String get(ImportColumn column) {
        return cells.get(column);
    }
}
