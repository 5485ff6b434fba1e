package io.sosmed.content.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetReaderTest {

    @Test
    void readsQuotedMultiLineCellsWithBomAndCaseInsensitiveHeaders() {
        List<ImportRow> rows = read("\uFEFFChannel,TEXT,Tags\r\n x-main ,\"Hello, \"\"world\"\"\nline 2\", a|b \r\n\r\nli,Hi,\n");

        assertThat(rows).hasSize(2);
        ImportRow first = rows.get(0);
        assertThat(first.row()).isEqualTo(1);
        assertThat(first.get(ImportColumn.CHANNEL)).isEqualTo("x-main");
        assertThat(first.get(ImportColumn.TEXT)).isEqualTo("Hello, \"world\"\nline 2");
        assertThat(first.get(ImportColumn.TAGS)).isEqualTo("a|b");
        assertThat(rows.get(1).get(ImportColumn.TAGS)).isNull();
        assertThat(rows.get(1).row()).isEqualTo(2);
    }

    @Test
    void rowsWithTheWrongNumberOfValuesKeepAShapeError() {
        List<ImportRow> rows = read("channel,text\nx,hello,extra\ny\n");

        assertThat(rows.get(0).shapeErrors()).extracting(RowError::column).containsExactly("row");
        assertThat(rows.get(1).shapeErrors()).singleElement().satisfies(e -> assertThat(e.message()).contains("1 values"));
        assertThat(rows.get(1).get(ImportColumn.CHANNEL)).isEqualTo("y");
    }

    @Test
    void fileProblemsAreClientErrors() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ProblemException.class).extracting("status").isEqualTo(400);
        assertThatThrownBy(() -> read("channel,text\n")).hasMessageContaining("no rows");
        assertThatThrownBy(() -> read("channel,Channel,text\nx,y,z\n")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> read("channel,text\n" + "x,y\n".repeat(6), 5)).isInstanceOf(ProblemException.class)
                .extracting("status").isEqualTo(413);
    }

    @Test
    void aThousandRowsAreReadInOrder() {
        StringBuilder csv = new StringBuilder("channel,text,scheduled_time\n");
        for (int i = 1; i <= 1_000; i++) {
            csv.append("x-main,\"Post ").append(i).append(", with comma\",2026-06-01T10:00:00Z\n");
        }

        List<ImportRow> rows = read(csv.toString());

        assertThat(rows).hasSize(1_000);
        assertThat(rows.get(999).get(ImportColumn.TEXT)).isEqualTo("Post 1000, with comma");
    }

    private static List<ImportRow> read(String csv) {
        return read(csv, 5_000);
    }

    private static List<ImportRow> read(String csv, int maxRows) {
        return CsvSheetReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), maxRows);
    }
}
