package io.sosmed.content.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.sosmed.content.network.TextRange;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of guardrail matching over generated texts (QuickTheories; a failure reports the seed, rerun with
 * {@code -DQT_SEED=...}): a term disguised by case and accents is found exactly where it was put, a term glued to
 * other letters never is, and emoji counts add up per grapheme cluster.
 */
class GuardrailMatchingPropertiesTest {

    private static final int EXAMPLES = 500;
    private static final List<String> MARKS = List.of("\u0301", "\u0300", "\u0308", "\u0302", "\u0327");
    private static final List<String> EMOJI = List.of("🎉", "👍🏽", "👨‍👩‍👧‍👦", "🇵🇹", "1️⃣", "❤️", "🏳️‍🌈", "😀");

    @Test
    void aTermDisguisedByCaseAndAccentsIsFoundExactlyWhereItWasPut() {
        qt().withExamples(EXAMPLES)
                .forAll(latinWords(), greekTexts(), greekTexts(), integers().all())
                .checkAssert((term, before, after, seed) -> {
                    String disguised = disguise(term, new Random(seed));
                    String text = before + " " + disguised + ", " + after;
                    int start = before.length() + 1;
                    assertThat(FoldedText.of(text).wholeWordOccurrences(FoldedText.fold(term)))
                            .containsExactly(new TextRange(start, start + disguised.length()));
                });
    }

    @Test
    void aTermGluedToOtherLettersIsNeverFound() {
        qt().withExamples(EXAMPLES)
                .forAll(latinWords(), latinWords(), integers().between(0, 1))
                .checkAssert((term, glue, side) -> {
                    String text = side == 0 ? glue + term : term + glue;
                    // Greek words around it: Latin ones could be the term itself ("go" around "aago" once was)
                    assertThat(FoldedText.of("πριν " + text + " μετά").wholeWordOccurrences(FoldedText.fold(term)))
                            .isEmpty();
                });
    }

    @Test
    void emojiAreCountedOncePerSequenceWhateverSurroundsThem() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(Generate.pick(EMOJI)).ofSizeBetween(0, 12), greekTexts())
                .checkAssert((emoji, words) -> {
                    String text = words + " " + String.join(" ", emoji) + String.join("", emoji) + " " + words;
                    assertThat(EmojiCounter.count(text)).isEqualTo(2 * emoji.size());
                });
    }

    private static Gen<String> latinWords() {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(2, 12);
    }

    /** Letters that never fold to Latin, so surrounding text cannot contain the term by chance. */
    private static Gen<String> greekTexts() {
        return strings().betweenCodePoints('α', 'ω').ofLengthBetween(0, 20);
    }

    /** Random upper/lower case, and combining accents that are sometimes composed into one code point (NFC). */
    private static String disguise(String term, Random random) {
        StringBuilder out = new StringBuilder();
        for (char letter : term.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(letter) : letter);
            if (random.nextInt(3) == 0) {
                out.append(MARKS.get(random.nextInt(MARKS.size())));
            }
        }
        return random.nextBoolean() ? Normalizer.normalize(out, Normalizer.Form.NFC) : out.toString();
    }
}
