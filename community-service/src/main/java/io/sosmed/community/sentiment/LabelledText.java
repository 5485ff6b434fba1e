package io.sosmed.community.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One training or evaluation example: a text and its sentiment label. */
public record LabelledText(String text, SentimentLabel label) {

    /** Reads {@code text<TAB>label} lines (UTF-8, no header). */
    public static List<LabelledText> readTsv(InputStream in) {
        List<LabelledText> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    examples.add(new LabelledText(line.substring(0, tab), SentimentLabel.of(line.substring(tab + 1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }
}
