package io.sosmed.content.library;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;
import java.util.stream.Collectors;

/** The 4xx answers library items share: semantic field errors (422) and names already taken (409). */
public final class LibraryProblems {

    private LibraryProblems() {
    }

    /** 422: the request is well-formed but its values do not fit together or refer to nothing. */
    public static ProblemException unprocessable(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(422, "unprocessable", "Request cannot be processed", detail, errors);
    }

    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(List.of(new Problem.FieldError(field, message)));
    }

    /** 409: another item of the same kind in the workspace already has this name. */
    public static ProblemException nameTaken(String what, String name) {
        return new ProblemException(409, "name-taken", what + " name already used",
                "Another " + what.toLowerCase() + " in this workspace is already called '" + name + "'",
                List.of(new Problem.FieldError("name", "already used in this workspace")));
    }
}
