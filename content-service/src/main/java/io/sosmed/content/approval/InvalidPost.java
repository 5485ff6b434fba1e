package io.sosmed.content.approval;

import io.sosmed.content.validation.PostValidationReport;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** A post cannot be submitted while its validation report has errors: 422 carrying the report. */
public class InvalidPost extends ProblemException {

    private final transient PostValidationReport report;

    InvalidPost(PostValidationReport report) {
        super(422, "post-invalid", "Post is not valid", "Fix the errors in the validation report, then submit again",
                errors(report));
        this.report = report;
    }

    public PostValidationReport report() {
        return report;
    }

    private static List<Problem.FieldError> errors(PostValidationReport report) {
        return report.variants().stream()
                .flatMap(variant -> variant.violations().stream()
                        .filter(v -> v.severity() == io.sosmed.content.network.Severity.ERROR)
                        .map(v -> new Problem.FieldError("variants[" + variant.index() + "]."
                                + (v.field() == null ? "" : v.field()), v.code() + ": " + v.message())))
                .toList();
    }
}
