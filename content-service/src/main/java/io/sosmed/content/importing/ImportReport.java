package io.sosmed.content.importing;

import java.util.List;

/** The outcome of a post import, row by row. */
public record ImportReport(boolean atomic, int rows, int created, int failed, List<RowResult> results) {

    static ImportReport of(boolean atomic, List<RowResult> results) {
        int created = (int) results.stream().filter(r -> r.status() == RowStatus.CREATED).count();
        int failed = (int) results.stream().filter(r -> r.status() == RowStatus.ERROR).count();
        return new ImportReport(atomic, results.size(), created, failed, List.copyOf(results));
    }
}
