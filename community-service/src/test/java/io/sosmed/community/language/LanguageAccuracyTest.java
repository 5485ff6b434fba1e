package io.sosmed.community.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.community.sentiment.LabelledText;
import io.sosmed.community.sentiment.NaiveBayesSentimentAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures language detection on the labelled texts shipped for sentiment, whose language is known: English train
 * and validation (586) and Indonesian validation (1,253); both Lingua modes. Floors are the measured values rounded
 * down, so a worse detector fails the build.
 */
class LanguageAccuracyTest {

    /** Measured 2026-11-26: 0.9978 (1,835 of 1,839). */
    private static final double HIGH_ACCURACY_FLOOR = 0.997;
    /** Measured 2026-11-26: 0.9956 (1,831 of 1,839). */
    private static final double LOW_ACCURACY_FLOOR = 0.995;

    @Test
    void highAccuracyMode() {
        assertThat(accuracy(false)).isGreaterThanOrEqualTo(HIGH_ACCURACY_FLOOR);
    }

    @Test
    void lowAccuracyMode() {
        assertThat(accuracy(true)).isGreaterThanOrEqualTo(LOW_ACCURACY_FLOOR);
    }

    private static double accuracy(boolean lowAccuracy) {
        LanguageDetection detection = new LanguageDetection(LanguageDetectionTest.config(lowAccuracy, "ENGLISH",
                "INDONESIAN"));
        List<String[]> texts = new ArrayList<>();
        NaiveBayesSentimentAnalyzer.trainingData("en").forEach(t -> texts.add(new String[] {t.text(), "en"}));
        validation("en").forEach(t -> texts.add(new String[] {t.text(), "en"}));
        validation("id").forEach(t -> texts.add(new String[] {t.text(), "id"}));
        long right = texts.stream().filter(t -> detection.detect(t[0]).equals(t[1])).count();
        double accuracy = right / (double) texts.size();
        System.out.printf("Language detection (low accuracy %s): %d of %d right, accuracy %.4f%n", lowAccuracy, right,
                texts.size(), accuracy);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(1_800);
        return accuracy;
    }

    private static List<LabelledText> validation(String language) {
        String resource = "sentiment/" + language + "/valid.tsv";
        try (InputStream in = LanguageAccuracyTest.class.getClassLoader().getResourceAsStream(resource)) {
            return LabelledText.readTsv(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
