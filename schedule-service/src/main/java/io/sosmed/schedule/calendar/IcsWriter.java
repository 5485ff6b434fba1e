package io.sosmed.schedule.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) feed: CRLF line ends, TEXT values escaped (backslash, semicolon, comma, newline) and
 * content lines folded at 75 octets without splitting a UTF-8 character.
 */
public final class IcsWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final StringBuilder out = new StringBuilder();

    /** One event of the feed. */
    public record Event(String uid, Instant stamp, Instant start, Instant end, String summary, String description,
            String url, boolean cancelled) {
    }

    public static String calendar(String name, List<Event> events) {
        IcsWriter writer = new IcsWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Sosmed//schedule-service//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            writer.line("BEGIN:VEVENT");
            writer.line("UID:" + escape(event.uid()));
            writer.line("DTSTAMP:" + UTC.format(event.stamp()));
            writer.line("DTSTART:" + UTC.format(event.start()));
            writer.line("DTEND:" + UTC.format(event.end()));
            writer.line("SUMMARY:" + escape(event.summary()));
            if (event.description() != null) {
                writer.line("DESCRIPTION:" + escape(event.description()));
            }
            if (event.url() != null) {
                writer.line("URL:" + event.url());
            }
            writer.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            writer.line("TRANSP:TRANSPARENT");
            writer.line("END:VEVENT");
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    String text() {
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become {@code \n}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    escaped.append("\\n");
                }
                default -> escaped.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /** RFC 5545 3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 sequence. */
    void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
