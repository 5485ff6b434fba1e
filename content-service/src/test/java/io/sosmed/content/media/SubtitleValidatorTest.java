package io.sosmed.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubtitleValidatorTest {

    @Test
    void acceptsSubRip() {
        assertThat(SubtitleValidator.validate(MediaFixtures.bytes(MediaFixtures.SRT_EN)))
                .isEqualTo(new SubtitleValidator.SubtitleFile(SubtitleFormat.SRT, 2));
    }

    @Test
    void acceptsSubRipWithByteOrderMarkCrLfMultiLineCuesAndHoursAbove99() {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\nfirst line\r\nsecond line\r\n\r\n"
                + "2\r\n100:00:00,000 --> 100:00:01,000 X1:10 X2:20\r\n<i>late</i>\r\n";

        assertThat(SubtitleValidator.validate(utf8(srt)).cueCount()).isEqualTo(2);
    }

    @Test
    void acceptsWebVttWithHeaderNotesIdentifiersSettingsAndShortTimestamps() {
        assertThat(SubtitleValidator.validate(MediaFixtures.bytes(MediaFixtures.VTT_PT)))
                .isEqualTo(new SubtitleValidator.SubtitleFile(SubtitleFormat.WEBVTT, 2));
    }

    @Test
    void acceptsWebVttStyleBlocksAndEmptyPayloads() {
        String vtt = "WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\n00:01.000 --> 00:02.000\n\n"
                + "00:02.000 --> 00:03.000 line:0\nbye\n";

        assertThat(SubtitleValidator.validate(utf8(vtt)).cueCount()).isEqualTo(2);
    }

    @Test
    void brokenArrowAndBackwardsCueAreReportedWithTheirLines() {
        assertThatThrownBy(() -> SubtitleValidator.validate(MediaFixtures.bytes(MediaFixtures.SRT_BROKEN)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.slug()).isEqualTo("invalid-subtitles");
                    assertThat(e.errors()).extracting(Problem.FieldError::message).containsExactly(
                            "line 2: expected a timing line like 00:00:01,000 --> 00:00:02,000, found "
                                    + "'00:00:00,000 -> 00:00:01,000'",
                            "line 6: the cue ends before it starts");
                    assertThat(e.errors()).extracting(Problem.FieldError::field).containsOnly("file");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "\n\n",
            "hello world\n",
            "1\n00:00:01 --> 00:00:02\ntext\n",
            "1\n00:00:01,000 --> 00:00:02,000\ntext\n\nsecond\n00:00:03,000 --> 00:00:04,000\n",
            "1\n00:61:00,000 --> 00:62:00,000\ntext\n",
            "WEBVTT\n",
            "WEBVTTX\n\n00:01.000 --> 00:02.000\nhi\n",
            "WEBVTT\n00:01.000 --> 00:02.000\nhi\n",
            "WEBVTT\n\n00:01,000 --> 00:02,000\nhi\n",
            "WEBVTT\n\nintro\n\n00:01.000 --> 00:02.000\nhi\n",
            "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n00:02.000 --> 00:03.000\nthere\n",
            "WEBVTT\n\n00:01.000-->00:02.000\nhi\n"})
    void refusesMalformedFiles(String content) {
        assertThatThrownBy(() -> SubtitleValidator.validate(utf8(content)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).isNotEmpty();
                });
    }

    @Test
    void webVttMissingBlankLineNamesTheLine() {
        assertThatThrownBy(() -> SubtitleValidator.validate(utf8("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n"
                + "00:02.000 --> 00:03.000\nthere\n")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::message)
                        .containsExactly("line 5: a cue's text cannot contain '-->'; separate cues with an empty line"));
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = "1\n00:00:01,000 --> 00:00:02,000\nOlá\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SubtitleValidator.validate(latin1))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::message).isEqualTo(List.of("the file is not UTF-8 text")));
    }

    @Test
    void emptyFileHasNoCues() {
        assertThatThrownBy(() -> SubtitleValidator.validate(new byte[0]))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage())
                        .contains("the file contains no cues"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
