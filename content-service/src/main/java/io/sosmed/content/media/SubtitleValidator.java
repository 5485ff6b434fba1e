package io.sosmed.content.media;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a subtitle file is syntactically valid SubRip (numbered cues, {@code 00:00:01,000 --> 00:00:02,500})
 * or WebVTT ({@code WEBVTT} header, optional cue identifiers, {@code 00:01.000 --> 00:02.500} plus cue settings,
 * NOTE/STYLE/REGION blocks), in UTF-8, with at least one cue and no cue ending before it starts. The format is told
 * by the {@code WEBVTT} signature, not the file name.
 */
public final class SubtitleValidator {

    /** Which format a valid file is in and how many cues it has. */
    public record SubtitleFile(SubtitleFormat format, int cueCount) {
    }

    private static final int MAX_REPORTED_ERRORS = 10;
    private static final String SRT_TIME = "(\\d{1,3}):([0-5]\\d):([0-5]\\d)[,.](\\d{3})";
    private static final Pattern SRT_TIMING = Pattern.compile(
            "^\\s*" + SRT_TIME + "\\s*-->\\s*" + SRT_TIME + "(?:\\s+.*)?$");
    private static final String VTT_TIME = "(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";
    private static final Pattern VTT_TIMING = Pattern.compile(
            "^" + VTT_TIME + "[ \\t]+-->[ \\t]+" + VTT_TIME + "(?:[ \\t]+.*)?$");
    private static final Pattern VTT_HEADER = Pattern.compile("^WEBVTT(?:[ \\t].*)?$");
    private static final Pattern CUE_NUMBER = Pattern.compile("^\\s*\\d+\\s*$");

    private SubtitleValidator() {
    }

    /** Validates the file's bytes; throws a 400 problem listing the offending lines when they are not valid. */
    public static SubtitleFile validate(byte[] content) {
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        if (lines.length > 0 && lines[0].startsWith("WEBVTT")) {
            return new Parser(lines).webVtt();
        }
        return new Parser(lines).subRip();
    }

    private static String decodeUtf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw MediaProblems.invalidSubtitles(List.of("the file is not UTF-8 text"));
        }
    }

    private static final class Parser {

        private final String[] lines;
        private final List<String> errors = new ArrayList<>();
        private int index;
        private int cues;

        Parser(String[] lines) {
            this.lines = lines;
        }

        SubtitleFile subRip() {
            skipBlankLines();
            while (index < lines.length && errors.size() < MAX_REPORTED_ERRORS) {
                if (!CUE_NUMBER.matcher(lines[index]).matches()) {
                    error("expected a cue number, found '" + excerpt(lines[index]) + "'");
                    skipBlock();
                } else {
                    index++;
                    if (index >= lines.length || lines[index].isBlank()) {
                        error("expected a timing line like 00:00:01,000 --> 00:00:02,000 after the cue number");
                    } else {
                        timing(SRT_TIMING, "00:00:01,000 --> 00:00:02,000");
                    }
                    skipBlock();
                }
                skipBlankLines();
            }
            return result(SubtitleFormat.SRT);
        }

        SubtitleFile webVtt() {
            if (!VTT_HEADER.matcher(lines[0]).matches()) {
                index = 0;
                error("the first line must be WEBVTT, optionally followed by a space and a title");
            }
            index = 1;
            while (index < lines.length && !lines[index].isEmpty()) {
                if (lines[index].contains("-->")) {
                    error("the header must be separated from the first cue by an empty line");
                    break;
                }
                index++;
            }
            skipBlankLines();
            while (index < lines.length && errors.size() < MAX_REPORTED_ERRORS) {
                String first = lines[index];
                if (isBlock(first, "NOTE") || isBlock(first, "STYLE") || isBlock(first, "REGION")) {
                    skipBlock();
                } else {
                    if (!first.contains("-->")) {
                        index++;
                        if (index >= lines.length || lines[index].isEmpty()) {
                            index--;
                            error("expected a timing line like 00:00:01.000 --> 00:00:02.000 after cue '"
                                    + excerpt(first) + "'");
                            skipBlock();
                            skipBlankLines();
                            continue;
                        }
                    }
                    timing(VTT_TIMING, "00:00:01.000 --> 00:00:02.000");
                    while (index < lines.length && !lines[index].isEmpty()) {
                        if (lines[index].contains("-->")) {
                            error("a cue's text cannot contain '-->'; separate cues with an empty line");
                        }
                        index++;
                    }
                }
                skipBlankLines();
            }
            return result(SubtitleFormat.WEBVTT);
        }

        private void timing(Pattern pattern, String example) {
            Matcher m = pattern.matcher(lines[index]);
            if (!m.matches()) {
                error("expected a timing line like " + example + ", found '" + excerpt(lines[index]) + "'");
            } else if (millis(m, 1) > millis(m, 5)) {
                error("the cue ends before it starts");
            } else {
                cues++;
            }
            index++;
        }

        private SubtitleFile result(SubtitleFormat format) {
            if (errors.isEmpty() && cues == 0) {
                errors.add("the file contains no cues");
            }
            if (!errors.isEmpty()) {
                throw MediaProblems.invalidSubtitles(errors);
            }
            return new SubtitleFile(format, cues);
        }

        private static long millis(Matcher m, int firstGroup) {
            String hours = m.group(firstGroup);
            return ((hours == null ? 0 : Long.parseLong(hours)) * 3600
                    + Long.parseLong(m.group(firstGroup + 1)) * 60
                    + Long.parseLong(m.group(firstGroup + 2))) * 1000
                    + Long.parseLong(m.group(firstGroup + 3));
        }

        private static boolean isBlock(String line, String keyword) {
            return line.equals(keyword) || line.startsWith(keyword + " ") || line.startsWith(keyword + "\t");
        }

        private void skipBlock() {
            while (index < lines.length && !lines[index].isBlank()) {
                index++;
            }
        }

        private void skipBlankLines() {
            while (index < lines.length && lines[index].isBlank()) {
                index++;
            }
        }

        private void error(String message) {
            errors.add("line " + (index + 1) + ": " + message);
        }

        private static String excerpt(String line) {
            return line.length() > 40 ? line.substring(0, 40) + "..." : line;
        }
    }
}
