package io.sosmed.content.importing;

import io.sosmed.platform.problem.Problem;
import java.util.List;

/**
 * The problem+json body of an import that stored nothing (422): the usual problem fields, {@code errors} with one
 * entry per bad cell named {@code rows[<row>].<column>}, and the whole per-row {@code report} as an extension.
 */
public record ImportRejected(String type, String title, int status, String detail, List<Problem.FieldError> errors,
        ImportReport report) {

    static ImportRejected of(ImportReport report) {
        List<Problem.FieldError> errors = report.results().stream()
                .filter(r -> r.status() == RowStatus.ERROR)
                .flatMap(r -> r.errors().stream().map(e -> new Problem.FieldError("rows[" + r.row() + "]." + e.column(),
                        e.message())))
                .toList();
        String detail = report.failed() + " of " + report.rows() + " rows have errors; nothing was imported"
                + (report.atomic() ? " (atomic import)" : "");
        return new ImportRejected(Problem.type("import-rejected"), "Import rejected", 422, detail, errors, report);
    }
}
