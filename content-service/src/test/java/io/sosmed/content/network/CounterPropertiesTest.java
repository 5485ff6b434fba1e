package io.sosmed.content.network;

import static io.sosmed.content.network.TextGens.EMOJI_SEQUENCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the counters over generated emoji sequences, combining marks, CJK, URLs and right-to-left text
 * (QuickTheories; a failure reports the seed, rerun with {@code -DQT_SEED=...} to reproduce it).
 */
class CounterPropertiesTest {

    /**
     * Examples drawn per property. QuickTheories skips a draw that repeats an earlier one (e.g. the same edge case
     * twice), so 1100 draws check at least 1000 distinct examples per property.
     */
    private static final int EXAMPLES = 1100;

    @Test
    void graphemesNeverOutnumberCodePoints() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.anyString())
                .checkAssert(text -> assertThat(TextCounting.GRAPHEMES.count(text))
                        .isLessThanOrEqualTo(TextCounting.CODE_POINTS.count(text)));
    }

    @Test
    void appendingACombiningMarkNeverAddsAGrapheme() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.mixedScripts(), TextGens.combiningMarks())
                .checkAssert((text, mark) -> assertThat(TextCounting.GRAPHEMES.count(text + mark))
                        .isEqualTo(TextCounting.GRAPHEMES.count(text)));
    }

    @Test
    void utf8BytesEqualJavasEncodingOfAnyString() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.anyString())
                .checkAssert(text -> assertThat(TextCounting.UTF8_BYTES.count(text))
                        .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void utf16UnitsEqualJavasStringLength() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.anyString())
                .checkAssert(text -> assertThat(TextCounting.UTF16_UNITS.count(text)).isEqualTo(text.length()));
    }

    @Test
    void xWeighsNCjkCharactersTwoN() {
        qt().withExamples(EXAMPLES)
                .forAll(integers().between(1, 400), TextGens.characters('\u4E00', '\u9FFF'))
                .checkAssert((n, cjk) -> assertThat(TextCounting.X_WEIGHTED.count(String.valueOf(cjk).repeat(n)))
                        .isEqualTo(2 * n));
    }

    @Test
    void everyEmojiSequenceIsOneGraphemeAndWeighsTwoOnX() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.emojiSequences())
                .checkAssert(emoji -> {
                    int sequences = countSequences(emoji);

                    assertThat(TextCounting.GRAPHEMES.count(emoji)).isEqualTo(sequences);
                    assertThat(TextCounting.X_WEIGHTED.count(emoji)).isEqualTo(2 * sequences);
                });
    }

    @Test
    void xCountsAUrlAs23WithOrWithoutScheme() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.urlsWithoutScheme(), booleans().all())
                .checkAssert((url, withScheme) -> {
                    String text = "Read " + (withScheme ? "https://" : "") + url;

                    assertThat(TextCounting.X_WEIGHTED.count(text)).isEqualTo("Read ".length() + 23);
                });
    }

    @Test
    void xWeightedLengthAndOverflowMatchTwitterTextsOwnParser() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.postLikeTexts())
                .checkAssert(text -> {
                    TwitterTextParseResults library = TwitterTextParser.parseTweet(text);

                    TextMeasure measure = TextCounting.X_WEIGHTED.measure(text, 280);

                    assertThat(measure.length()).isEqualTo(library.weightedLength);
                    if (library.weightedLength > 280 && Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                        assertThat(measure.overflow().start()).isEqualTo(library.validTextRange.end + 1);
                    }
                });
    }

    @Test
    void mastodonCountsAUrlAs23OnlyWithScheme() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.urlsWithoutScheme())
                .checkAssert(url -> {
                    assertThat(TextCounting.MASTODON.count("Read https://" + url)).isEqualTo("Read ".length() + 23);
                    assertThat(TextCounting.MASTODON.count("Read " + url)).isEqualTo("Read ".length() + url.length());
                });
    }

    @Test
    void rightToLeftLettersCountOncePerLetterEverywhere() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.rightToLeftWords())
                .checkAssert(text -> {
                    int codePoints = text.codePointCount(0, text.length());

                    assertThat(TextCounting.GRAPHEMES.count(text)).isEqualTo(codePoints);
                    assertThat(TextCounting.X_WEIGHTED.count(text)).isEqualTo(codePoints);
                    assertThat(TextCounting.MASTODON.count(text)).isEqualTo(codePoints);
                });
    }

    @Test
    void theOverflowStartsRightAfterTheLimitInEveryUnit() {
        qt().withExamples(EXAMPLES)
                .forAll(TextGens.mixedScripts(), integers().between(0, 60), prefixCountings())
                .checkAssert((text, limit, counting) -> {
                    TextMeasure measure = counting.measure(text, limit);

                    assertThat(measure.exceeds()).isEqualTo(measure.length() > limit);
                    if (measure.exceeds()) {
                        String withinLimit = text.substring(0, measure.overflow().start());
                        assertThat(counting.count(withinLimit)).isLessThanOrEqualTo(limit);
                        assertThat(measure.overflow().end()).isEqualTo(text.length());
                        int nextUnit = text.offsetByCodePoints(measure.overflow().start(), 1);
                        assertThat(counting.count(text.substring(0, nextUnit))).isGreaterThan(limit);
                    }
                });
    }

    private static Gen<TextCounting> prefixCountings() {
        return Generate.pick(List.of(TextCounting.GRAPHEMES, TextCounting.CODE_POINTS, TextCounting.UTF16_UNITS,
                TextCounting.UTF8_BYTES));
    }

    private static int countSequences(String emoji) {
        int count = 0;
        for (int i = 0; i < emoji.length(); ) {
            String rest = emoji.substring(i);
            String match = EMOJI_SEQUENCES.stream().filter(rest::startsWith)
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            i += match.length();
            count++;
        }
        return count;
    }
}
