package io.sosmed.local.simulator;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code multipart/form-data} body the simulator needs: text fields and the file's size and type. */
record Multipart(Map<String, String> fields, long fileBytes, String fileContentType) {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    static Optional<Multipart> parse(String contentType, byte[] body) {
        Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundary == null || !boundary.find()) {
            return Optional.empty();
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, String> fields = new HashMap<>();
        long fileBytes = -1;
        String fileType = null;
        for (String part : text.split("--" + Pattern.quote(boundary.group(1)))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher name = NAME.matcher(headers);
            if (!name.find()) {
                continue;
            }
            if (headers.contains("filename=")) {
                fileBytes = content.length();
                fileType = headers.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13))
                        .map(l -> l.substring(13).trim()).findFirst().orElse("application/octet-stream");
            } else {
                fields.put(name.group(1), new String(content.getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8));
            }
        }
        return fileBytes < 0 ? Optional.empty() : Optional.of(new Multipart(fields, fileBytes, fileType));
    }
}
