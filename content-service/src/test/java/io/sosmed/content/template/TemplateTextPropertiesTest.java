package io.sosmed.content.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of template rendering over generated variable names and arbitrary values, including values that look
 * like regex replacement syntax ({@code $1}, {@code \}) or placeholders themselves (QuickTheories; rerun a failure
 * with {@code -DQT_SEED=...}).
 */
class TemplateTextPropertiesTest {

    private static final int EXAMPLES = 500;

    /** Valid names: a letter, then letters, digits, {@code _}, {@code .} or {@code -}. */
    private static final Gen<String> NAMES = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)
            .zip(strings().allPossible().ofLengthBetween(0, 6).map(TemplateTextPropertiesTest::nameTail), String::concat);

    /** Any text, including braces, {@code $} and backslashes. */
    private static final Gen<String> VALUES = strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12)
            .mix(strings().betweenCodePoints('!', '~').ofLengthBetween(0, 12));

    @Test
    void renderingReplacesEachPlaceholderByExactlyItsValue() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(NAMES).ofSizeBetween(1, 5), lists().of(VALUES).ofSize(5))
                .checkAssert((names, values) -> {
                    Map<String, String> byName = new LinkedHashMap<>();
                    StringBuilder template = new StringBuilder();
                    StringBuilder expected = new StringBuilder();
                    for (int i = 0; i < names.size(); i++) {
                        byName.putIfAbsent(names.get(i), values.get(i));
                        template.append("<").append(i).append(">{{ ").append(names.get(i)).append(" }}");
                        expected.append("<").append(i).append(">").append(byName.get(names.get(i)));
                    }
                    TemplateText text = new TemplateText(template.toString());

                    assertThat(text.mismatches(byName)).isEmpty();
                    assertThat(text.render(byName)).isEqualTo(expected.toString());
                    assertThat(text.variables()).containsExactlyElementsOf(List.copyOf(byName.keySet()));
                });
    }

    @Test
    void everyMissingVariableIsReportedOnce() {
        qt().withExamples(EXAMPLES)
                .forAll(lists().of(NAMES).ofSizeBetween(1, 6))
                .checkAssert(names -> {
                    TemplateText text = new TemplateText(String.join(" ", names.stream().map(n -> "{{" + n + "}}").toList()));

                    assertThat(text.mismatches(Map.of()))
                            .extracting(e -> e.field())
                            .containsExactlyElementsOf(text.variables().stream().map(n -> "values." + n).toList());
                    assertThat(text.malformedPlaceholders()).isEmpty();
                });
    }

    private static String nameTail(String any) {
        StringBuilder tail = new StringBuilder();
        any.codePoints().forEach(c -> tail.append("abc019_.-".charAt(Math.floorMod(c, 9))));
        return tail.toString();
    }
}
