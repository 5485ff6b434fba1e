package io.sosmed.schedule.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    private static final Instant START = Instant.parse("2027-03-14T07:30:00Z");

    @Test
    void escapesTextValuesAsRfc5545Says() {
        assertThat(IcsWriter.escape("a;b,c\\d\ne\r\nf")).isEqualTo("a\\;b\\,c\\\\d\\ne\\nf");
    }

    @Test
    void writesOneEventWithUtcTimesAndCrlfLineEnds() {
        String ics = IcsWriter.calendar("Sosmed acme", List.of(new IcsWriter.Event("p1@sosmed", START, START,
                START.plusSeconds(900), "[MASTODON] Launch, day; one", "Line 1\nLine 2", "https://x.test/1", false)));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("\r\nDTSTART:20270314T073000Z\r\n")
                .contains("\r\nDTEND:20270314T074500Z\r\n")
                .contains("\r\nSUMMARY:[MASTODON] Launch\\, day\\; one\r\n")
                .contains("\r\nDESCRIPTION:Line 1\\nLine 2\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void foldedLinesStayWithin75OctetsAndUnfoldToTheOriginal() {
        qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 400)).checkAssert(text -> {
            IcsWriter writer = new IcsWriter();
            String escaped = IcsWriter.escape(text);
            writer.line("SUMMARY:" + escaped);
            String written = writer.text();
            for (String line : written.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            }
            assertThat(written.replace("\r\n ", "")).isEqualTo("SUMMARY:" + escaped + "\r\n");
        });
    }
}
