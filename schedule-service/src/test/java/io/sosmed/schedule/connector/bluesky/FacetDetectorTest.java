package io.sosmed.schedule.connector.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacetDetectorTest {

    @Test
    void asciiTextHasByteOffsetsEqualToCharacterIndexes() {
        String text = "New post https://example.com/a #launch by @alice.bsky.social";

        assertThat(FacetDetector.detect(text)).containsExactly(
                new Facet(9, 30, Facet.Kind.LINK, "https://example.com/a"),
                new Facet(31, 38, Facet.Kind.TAG, "launch"),
                new Facet(42, 60, Facet.Kind.MENTION, "alice.bsky.social"));
    }

    @Test
    void emojiAndAccentsShiftOffsetsByTheirUtf8Length() {
        String text = "Café 🎉🇮🇩 #rilis https://ex.am/ple";
        // "Café " = 6 bytes, "🎉" = 4, "🇮🇩" = 8, " " = 1 → "#rilis" starts at byte 19.

        List<Facet> facets = FacetDetector.detect(text);

        assertThat(facets).containsExactly(
                new Facet(19, 25, Facet.Kind.TAG, "rilis"),
                new Facet(26, 43, Facet.Kind.LINK, "https://ex.am/ple"));
        assertThat(slice(text, facets.get(0))).isEqualTo("#rilis");
        assertThat(slice(text, facets.get(1))).isEqualTo("https://ex.am/ple");
    }

    @Test
    void nonLatinScriptsAndNonAsciiTags() {
        String text = "日本語のテキスト #東京 と @tokyo.example.jp";

        List<Facet> facets = FacetDetector.detect(text);

        assertThat(facets).extracting(Facet::kind, Facet::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Facet.Kind.TAG, "東京"),
                org.assertj.core.groups.Tuple.tuple(Facet.Kind.MENTION, "tokyo.example.jp"));
        assertThat(facets).extracting(f -> slice(text, f)).containsExactly("#東京", "@tokyo.example.jp");
    }

    @Test
    void sentencePunctuationIsNotPartOfLinksTagsOrMentions() {
        String text = "See https://example.com/page. Or (https://en.wikipedia.org/wiki/Foo_(bar)) #tag! Ask @bob.test.";

        assertThat(FacetDetector.detect(text)).extracting(f -> slice(text, f)).containsExactly(
                "https://example.com/page", "https://en.wikipedia.org/wiki/Foo_(bar)", "#tag", "@bob.test");
    }

    @Test
    void emailsNumbersAndTagsInsideLinksAreNotFacets() {
        String text = "Mail bob@example.com about #2024 or https://example.com/#anchor and#notatag";

        assertThat(FacetDetector.detect(text)).extracting(Facet::kind).containsExactly(Facet.Kind.LINK);
    }

    static String slice(String text, Facet facet) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new String(Arrays.copyOfRange(bytes, facet.byteStart(), facet.byteEnd()), StandardCharsets.UTF_8);
    }
}
