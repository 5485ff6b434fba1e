package io.sosmed.content.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every network's main text limit: accepted exactly at the limit, refused one past it, with the offending range. */
class NetworkLimitsTest {

    private final NetworkValidator validator = new NetworkValidator(new NetworkCatalog());

    @ParameterizedTest(name = "{0} accepts {1} {2}")
    @CsvSource({
            "X,         280,   weighted",
            "LINKEDIN,  3000,  codePoints",
            "FACEBOOK,  63206, codePoints",
            "INSTAGRAM, 2200,  codePoints",
            "THREADS,   500,   codePoints",
            "MASTODON,  500,   mastodonCharacters",
            "BLUESKY,   300,   graphemes",
            "TIKTOK,    2200,  utf16Units",
            "YOUTUBE,   5000,  utf8Bytes",
            "PINTEREST, 500,   codePoints"})
    void acceptsTextExactlyAtTheLimit(Network network, int limit, String unit) {
        ValidationReport report = validator.validate(network, Drafts.withText(network, "a".repeat(limit)));

        assertThat(report.valid()).isTrue();
        assertThat(report.violations()).isEmpty();
        assertThat(report.counts().get("text")).containsEntry(unit, limit);
    }

    @ParameterizedTest(name = "{0} refuses {1} + 1 {2}")
    @CsvSource({
            "X,         280,   weighted",
            "LINKEDIN,  3000,  codePoints",
            "FACEBOOK,  63206, codePoints",
            "INSTAGRAM, 2200,  codePoints",
            "THREADS,   500,   codePoints",
            "MASTODON,  500,   mastodonCharacters",
            "BLUESKY,   300,   graphemes",
            "TIKTOK,    2200,  utf16Units",
            "YOUTUBE,   5000,  utf8Bytes",
            "PINTEREST, 500,   codePoints"})
    void refusesTextOnePastTheLimitAndMarksTheOverflow(Network network, int limit, String unit) {
        ValidationReport report = validator.validate(network, Drafts.withText(network, "a".repeat(limit + 1)));

        assertThat(report.valid()).isFalse();
        assertThat(report.network()).isEqualTo(network);
        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo("TEXT_TOO_LONG");
            assertThat(violation.severity()).isEqualTo(Severity.ERROR);
            assertThat(violation.field()).isEqualTo("text");
            assertThat(violation.unit()).isEqualTo(unit);
            assertThat(violation.limit()).isEqualTo(limit);
            assertThat(violation.actual()).isEqualTo(limit + 1);
            assertThat(violation.range()).isEqualTo(new TextRange(limit, limit + 1));
            assertThat(violation.message()).contains(String.valueOf(limit + 1)).contains(String.valueOf(limit));
        });
    }
}
