package io.sosmed.content.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The catalog holds one cited rule set per network, and paths name networks in any case. */
class NetworkCatalogTest {

    private final NetworkCatalog catalog = new NetworkCatalog();

    @Test
    void everyNetworkHasARuleSetWithTextRulesAndSources() {
        assertThat(catalog.all()).extracting(NetworkRules::network).containsExactly(Network.values());
        assertThat(catalog.all()).allSatisfy(rules -> {
            assertThat(rules.rule(DraftField.TEXT)).isPresent();
            assertThat(rules.sources()).isNotEmpty().allSatisfy(source -> assertThat(source).startsWith("https://"));
            assertThat(rules.media().maxItems()).isGreaterThanOrEqualTo(rules.media().minItems());
        });
    }

    @Test
    void blueskyLimitsGraphemesAndBytes() {
        assertThat(catalog.rules(Network.BLUESKY).rule(DraftField.TEXT).orElseThrow().limits()).containsExactly(
                TextLimit.of(TextCounting.GRAPHEMES, 300), TextLimit.of(TextCounting.UTF8_BYTES, 3000));
    }

    @Test
    void parsesNetworkIdsInAnyCase() {
        assertThat(Network.fromPath("bluesky")).isEqualTo(Network.BLUESKY);
        assertThat(Network.fromPath("LinkedIn")).isEqualTo(Network.LINKEDIN);
        assertThat(Network.fromPath("x")).isEqualTo(Network.X);
        assertThatThrownBy(() -> Network.fromPath("myspace"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(404);
                    assertThat(problem.slug()).isEqualTo("unknown-network");
                });
    }
}
