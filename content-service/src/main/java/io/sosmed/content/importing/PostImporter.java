package io.sosmed.content.importing;

import io.quarkus.logging.Log;
import io.sosmed.content.post.Post;
import io.sosmed.content.post.PostRequest;
import io.sosmed.content.post.PostService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Imports posts from CSV, one row = one draft post with one variant. Every row is checked first (format,
 * references, the same rules as {@code POST /posts}); then, in the same transaction, the valid rows are stored:
 * all of them, or, when the import is atomic and any row failed, none.
 */
@ApplicationScoped
public class PostImporter {

    private final WorkspaceLibraryLoader libraries;
    private final PostService posts;
    private final Validator validator;
    private final ImportConfig config;

    public PostImporter(WorkspaceLibraryLoader libraries, PostService posts, Validator validator, ImportConfig config) {
        this.libraries = libraries;
        this.posts = posts;
        this.validator = validator;
        this.config = config;
    }

    /**
     * @param defaultZone zone of local scheduled times in rows without a zone; null to require one per row
     * @return the per-row report; when it says nothing was created, nothing was stored
     */
    @Transactional
    public ImportReport importCsv(String workspaceId, String authorId, InputStream csv, boolean atomic, ZoneId defaultZone) {
        long started = System.nanoTime();
        List<ImportRow> rows = CsvSheetReader.read(csv, config.maxRows());
        WorkspaceLibrary library = libraries.load(workspaceId, rows);
        List<RowInterpreter.Outcome> outcomes = rows.stream()
                .map(row -> validated(RowInterpreter.interpret(row, library, defaultZone))).toList();
        List<PostRequest> valid = outcomes.stream().filter(RowInterpreter.Outcome::valid).map(RowInterpreter.Outcome::request).toList();
        boolean anyError = valid.size() < outcomes.size();
        long checked = System.nanoTime();
        List<Post> created = atomic && anyError ? List.of() : posts.createAll(workspaceId, authorId, valid);
        ImportReport report = ImportReport.of(atomic, results(outcomes, created, atomic && anyError));
        Log.infof("Import into workspace %s by %s: %d rows, %d created, %d with errors; checked in %d ms, stored in %d ms",
                workspaceId, authorId, report.rows(), report.created(), report.failed(), (checked - started) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return report;
    }

    private static List<RowResult> results(List<RowInterpreter.Outcome> outcomes, List<Post> created, boolean rejected) {
        Iterator<Post> stored = created.iterator();
        List<RowResult> results = new ArrayList<>(outcomes.size());
        for (RowInterpreter.Outcome outcome : outcomes) {
            int row = outcome.row().row();
            if (!outcome.valid()) {
                results.add(new RowResult(row, RowStatus.ERROR, null, outcome.errors()));
            } else if (rejected) {
                results.add(new RowResult(row, RowStatus.NOT_IMPORTED, null, null));
            } else {
                results.add(new RowResult(row, RowStatus.CREATED, stored.next().id, null));
            }
        }
        return results;
    }

    /** Adds the errors {@code POST /posts} would report for the row's post, named by CSV column. */
    private RowInterpreter.Outcome validated(RowInterpreter.Outcome outcome) {
        if (!outcome.valid()) {
            return outcome;
        }
        List<RowError> errors = validator.validate(outcome.request()).stream()
                .map(v -> new RowError(column(v), v.getMessage()))
                .sorted(Comparator.comparing(RowError::column))
                .toList();
        return errors.isEmpty() ? outcome : new RowInterpreter.Outcome(outcome.row(), null, errors);
    }

    private static String column(ConstraintViolation<PostRequest> violation) {
        String path = violation.getPropertyPath().toString();
        if (path.startsWith("variants[0].channelId")) {
            return ImportColumn.CHANNEL.header();
        }
        if (path.startsWith("variants[0].text")) {
            return ImportColumn.TEXT.header();
        }
        if (path.startsWith("variants[0].mediaIds")) {
            return ImportColumn.MEDIA.header();
        }
        for (ImportColumn column : List.of(ImportColumn.TITLE, ImportColumn.TAGS, ImportColumn.PILLAR)) {
            if (path.startsWith(column.header())) {
                return column.header();
            }
        }
        return "row";
    }
}
