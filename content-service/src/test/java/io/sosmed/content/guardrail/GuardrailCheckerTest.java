package io.sosmed.content.guardrail;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.content.network.Network;
import io.sosmed.content.network.Severity;
import io.sosmed.content.network.TextRange;
import io.sosmed.content.network.Violation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Guardrail matching: case, accents, whole words, emoji per grapheme cluster, disclosures and link domains. */
class GuardrailCheckerTest {

    private static final Guardrail BANNED = rule(GuardrailKind.BANNED_TERM, Severity.ERROR, List.of("cheap", "crème brûlée", "straße"));

    @Test
    void bannedTermMatchesAcrossCaseAndAccentsWithItsRange() {
        String text = "Try our CRÈME brulee today";
        List<Violation> found = check(BANNED, text).violations();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(GuardrailChecker.BANNED_TERM);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.field()).isEqualTo("text");
            assertThat(v.range()).isEqualTo(new TextRange(8, 20));
            assertThat(text.substring(v.range().start(), v.range().end())).isEqualTo("CRÈME brulee");
        });
    }

    @Test
    void combiningAccentsAndFullCaseFoldingAreMatchedToWholeClusters() {
        String decomposed = "So Che\u0301ap!";
        assertThat(check(BANNED, decomposed).violations()).singleElement()
                .satisfies(v -> assertThat(v.range()).isEqualTo(new TextRange(3, 9)));
        String folded = "Walk down the STRASSE";
        assertThat(check(BANNED, folded).violations()).singleElement()
                .satisfies(v -> assertThat(folded.substring(v.range().start(), v.range().end())).isEqualTo("STRASSE"));
    }

    @Test
    void onlyWholeWordsMatch() {
        assertThat(check(BANNED, "Cheaply made, cheapest price, #cheapskate").violations()).isEmpty();
        assertThat(check(BANNED, "It's cheap.").violations()).hasSize(1);
        assertThat(check(BANNED, "(cheap) and CHEAP").violations()).extracting(Violation::range)
                .containsExactly(new TextRange(1, 6), new TextRange(12, 17));
    }

    @Test
    void bannedTermInFirstCommentIsReportedOnThatField() {
        GuardrailFindings findings = GuardrailChecker.check(List.of(BANNED),
                new GuardedVariant(Network.X, "Fine text", "so cheap", null, List.of()));
        assertThat(findings.violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("firstComment");
                    assertThat(v.range()).isEqualTo(new TextRange(3, 8));
                });
    }

    @Test
    void emojiAreCountedPerGraphemeCluster() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String thumbsWithTone = "\uD83D\uDC4D\uD83C\uDFFD";
        String flag = "\uD83C\uDDF5\uD83C\uDDF9";
        String keycap = "1\uFE0F\u20E3";
        String heart = "\u2764\uFE0F";
        assertThat(EmojiCounter.count(family)).isEqualTo(1);
        assertThat(EmojiCounter.count(thumbsWithTone + flag + keycap + heart)).isEqualTo(4);
        assertThat(EmojiCounter.count("© 2026, call 1-800, ❤ text heart? plain text")).isZero();
        assertThat(EmojiCounter.count("Great 🎉🎉 news 🚀")).isEqualTo(3);
    }

    @Test
    void tooManyEmojiOnTheRuleNetworkOnly() {
        Guardrail twoOnInstagram = new Guardrail(UUID.randomUUID(), "Calm tone", GuardrailKind.MAX_EMOJIS, Severity.WARNING,
                null, null, Network.INSTAGRAM, 2, null, null);
        String text = "Launch 🎉🚀👨‍👩‍👧‍👦 now";
        Violation v = GuardrailChecker.check(List.of(twoOnInstagram),
                new GuardedVariant(Network.INSTAGRAM, text, null, null, List.of())).violations().get(0);
        assertThat(v.code()).isEqualTo(GuardrailChecker.TOO_MANY_EMOJIS);
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.limit()).isEqualTo(2);
        assertThat(v.actual()).isEqualTo(3);
        assertThat(text.substring(v.range().start(), v.range().end())).isEqualTo("👨‍👩‍👧‍👦");
        assertThat(GuardrailChecker.check(List.of(twoOnInstagram),
                new GuardedVariant(Network.X, text, null, null, List.of())).violations()).isEmpty();
    }

    @Test
    void disclosureRequiredWhenTriggerWordOrTagIsPresent() {
        Guardrail ad = new Guardrail(UUID.randomUUID(), "Sponsored content", GuardrailKind.REQUIRED_DISCLOSURE, Severity.ERROR,
                List.of("sponsored", "partner"), List.of("#ad", "#sponsored"), null, null, null, null);
        Violation missing = check(ad, "A Sponsored trip to Lisbon").violations().get(0);
        assertThat(missing.code()).isEqualTo(GuardrailChecker.DISCLOSURE_MISSING);
        assertThat(missing.range()).isEqualTo(new TextRange(2, 11));
        assertThat(check(ad, "A sponsored trip to Lisbon #AD").violations()).isEmpty();
        assertThat(check(ad, "A sponsored trip #adventure").violations()).hasSize(1);
        assertThat(GuardrailChecker.check(List.of(ad), new GuardedVariant(Network.X, "Trip to Lisbon", null, null,
                List.of("partner"))).violations()).singleElement()
                .satisfies(v -> assertThat(v.range()).isNull());
        assertThat(check(ad, "Our partnership news").violations()).isEmpty();
    }

    @Test
    void linkDomainsAllowListIncludesSubdomainsAndDenyListRefuses() {
        Guardrail allow = new Guardrail(UUID.randomUUID(), "Own sites", GuardrailKind.LINK_DOMAINS, Severity.ERROR,
                null, null, null, null, LinkPolicy.ALLOW, List.of("example.com"));
        String text = "Read https://blog.example.com/post and example.org/x and EXAMPLE.com";
        List<Violation> found = check(allow, text).violations();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(GuardrailChecker.LINK_DOMAIN_NOT_ALLOWED);
            assertThat(text.substring(v.range().start(), v.range().end())).isEqualTo("example.org/x");
        });

        Guardrail deny = new Guardrail(UUID.randomUUID(), "No shorteners", GuardrailKind.LINK_DOMAINS, Severity.WARNING,
                null, null, null, null, LinkPolicy.DENY, List.of("bit.ly"));
        GuardrailFindings denied = GuardrailChecker.check(List.of(deny),
                new GuardedVariant(Network.X, "See https://bit.ly/abc", null, "http://bit.ly/xyz", List.of()));
        assertThat(denied.violations()).extracting(Violation::code, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GuardrailChecker.LINK_DOMAIN_DENIED, "text"),
                        org.assertj.core.groups.Tuple.tuple(GuardrailChecker.LINK_DOMAIN_DENIED, "link"));
        assertThat(check(deny, "Fine https://notbit.ly/abc").violations()).isEmpty();
    }

    @Test
    void sensitiveTopicsAreReportedAndNamed() {
        Guardrail topics = rule(GuardrailKind.SENSITIVE_TOPIC, Severity.WARNING, List.of("layoffs", "élection"));
        GuardrailFindings findings = check(topics, "Our view on the Election and on LAYOFFS");
        assertThat(findings.sensitiveTopics()).containsExactly("layoffs", "élection");
        assertThat(findings.violations()).extracting(Violation::severity).containsOnly(Severity.WARNING);
        assertThat(check(topics, "Nothing sensitive here").sensitiveTopics()).isEmpty();
    }

    private static GuardrailFindings check(Guardrail rule, String text) {
        return GuardrailChecker.check(List.of(rule), new GuardedVariant(Network.X, text, null, null, List.of()));
    }

    private static Guardrail rule(GuardrailKind kind, Severity severity, List<String> terms) {
        return new Guardrail(UUID.randomUUID(), "Brand words", kind, severity, terms, null, null, null, null, null);
    }
}
