package io.sosmed.content.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.platform.problem.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    private static final TemplateText INVITE = new TemplateText("Hi {{ name }}, join {{topic}} on {{date}}. Bye {{name}}!");

    @Test
    void variablesAreDistinctInOrderOfFirstUse() {
        assertThat(INVITE.variables()).containsExactly("name", "topic", "date");
    }

    @Test
    void renderReplacesEveryOccurrenceAndKeepsSpecialCharactersLiteral() {
        String rendered = INVITE.render(Map.of("name", "Ada $1 \\o/", "topic", "{{analytics}}", "date", "May 4"));

        assertThat(rendered).isEqualTo("Hi Ada $1 \\o/, join {{analytics}} on May 4. Bye Ada $1 \\o/!");
    }

    @Test
    void missingAndUnknownValuesAreEachReported() {
        assertThat(INVITE.mismatches(Map.of("name", "Ada", "venue", "Lisbon")))
                .extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("values.topic", "values.date", "values.venue");
        assertThat(INVITE.mismatches(Map.of("name", "", "topic", "x", "date", "y"))).isEmpty();
    }

    @Test
    void placeholdersWithoutValidNamesAreMalformedAndSingleBracesAreText() {
        TemplateText text = new TemplateText("Price {in braces} {{}} {{first name}} {{ok_1}} {{9lives}}");

        assertThat(text.malformedPlaceholders()).containsExactly("{{}}", "{{first name}}", "{{9lives}}");
        assertThat(text.variables()).containsExactly("ok_1");
    }
}
