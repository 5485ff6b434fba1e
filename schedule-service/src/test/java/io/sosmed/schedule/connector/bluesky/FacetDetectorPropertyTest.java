package io.sosmed.schedule.connector.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Whatever text surrounds them, facet byte ranges cut exactly the link, tag and mention out of the UTF-8 bytes. */
class FacetDetectorPropertyTest {

    /** Words of emoji (incl. surrogate pairs and ZWJ sequences), accents, CJK, RTL and ASCII, without facet markers. */
    private static final List<String> WORDS = List.of("hello", "Café", "naïve", "🎉", "👩‍👩‍👧", "🇮🇩", "日本語", "مرحبا",
            "Ελληνικά", "😀😀", "x", "e\u0301", "ÅÄÖ", "\uD834\uDD1E", "tab\tbed");

    private static Gen<String> filler() {
        return SourceDSL.lists().of(Generate.pick(WORDS)).ofSizeBetween(0, 6).map(words -> String.join(" ", words));
    }

    private static Gen<String> tags() {
        return Generate.pick(List.of("launch", "東京", "café", "Sosmed2026", "ünïcödé", "🙂smile"));
    }

    @Test
    void rangesCutOutExactlyWhatWasInserted() {
        qt().withExamples(300).forAll(filler(), tags(), filler(), filler())
                .checkAssert((before, tag, between, after) -> {
                    String link = "https://example.com/p?q=1";
                    String mention = "@someone.bsky.social";
                    String text = before + " #" + tag + " " + between + " " + link + " " + mention + " " + after;

                    List<Facet> facets = FacetDetector.detect(text);

                    assertThat(facets).extracting(f -> FacetDetectorTest.slice(text, f))
                            .containsExactly("#" + tag, link, mention);
                    assertThat(facets).extracting(Facet::kind)
                            .containsExactly(Facet.Kind.TAG, Facet.Kind.LINK, Facet.Kind.MENTION);
                });
    }

    @Test
    void byteOffsetOfTheWholeTextIsItsUtf8Length() {
        qt().withExamples(200).forAll(filler())
                .check(text -> FacetDetector.byteOffset(text, text.length())
                        == text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
}
