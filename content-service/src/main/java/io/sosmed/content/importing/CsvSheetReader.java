package io.sosmed.content.importing;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a UTF-8 CSV (RFC 4180 quoting, optional byte order mark) with a header row into rows. Problems with the
 * file as a whole (not UTF-8, broken quoting, unknown or missing columns, too many rows) are a 400 or 413;
 * problems of single rows are kept with the row.
 */
final class CsvSheetReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvSheetReader() {
    }

    static List<ImportRow> read(InputStream body, int maxRows) {
        try (CSVParser parser = CSVParser.parse(utf8(body), FORMAT)) {
            Map<Integer, ImportColumn> columns = columns(parser.getHeaderNames());
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    throw new ProblemException(413, "too-many-rows", "Too many rows",
                            "An import takes at most " + maxRows + " rows; split the file");
                }
                rows.add(row(rows.size() + 1, record, columns));
            }
            if (rows.isEmpty()) {
                throw badFile("The file has a header but no rows");
            }
            return rows;
        } catch (UncheckedIOException | IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw badFile("The file is not UTF-8 text");
                }
            }
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw badFile("The CSV cannot be read: " + cause.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw badFile("The CSV cannot be read: " + e.getMessage());
        }
    }

    private static Map<Integer, ImportColumn> columns(List<String> headers) {
        if (headers.isEmpty()) {
            throw badFile("The file is empty; the first line must name the columns");
        }
        Map<Integer, ImportColumn> columns = new java.util.HashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            int index = i;
            ImportColumn.byHeader(header).ifPresentOrElse(c -> {
                if (columns.containsValue(c)) {
                    errors.add(new Problem.FieldError("header", "column '" + c.header() + "' appears twice"));
                }
                columns.put(index, c);
            }, () -> errors.add(new Problem.FieldError("header", "unknown column '" + header + "'; columns are "
                    + String.join(", ", java.util.Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList()))));
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !columns.containsValue(column)) {
                errors.add(new Problem.FieldError("header", "column '" + column.header() + "' is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "invalid-csv-header", "CSV header is not valid",
                    String.join("; ", errors.stream().map(Problem.FieldError::message).toList()), errors);
        }
        return columns;
    }

    private static ImportRow row(int number, CSVRecord record, Map<Integer, ImportColumn> columns) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        List<RowError> errors = new ArrayList<>();
        if (record.size() != columns.size()) {
            errors.add(new RowError("row", "has " + record.size() + " values but the header has " + columns.size()
                    + " columns"));
        }
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
            ImportColumn column = columns.get(i);
            String value = column == ImportColumn.TEXT ? record.get(i) : record.get(i).strip();
            if (!value.isBlank()) {
                cells.put(column, value);
            }
        }
        return new ImportRow(number, cells, errors);
    }

    private static Reader utf8(InputStream body) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    private static ProblemException badFile(String detail) {
        return new ProblemException(400, "invalid-csv", "CSV cannot be imported", detail);
    }
}
