package io.sosmed.analytics.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    @Test
    void countsEmojiAsUserPerceivedCharacters() {
        assertThat(TextFeatures.emojiCount("Launch day 🚀🚀 with the team 👩‍👩‍👧 in 🇩🇪!")).isEqualTo(4);
        assertThat(TextFeatures.emojiCount("No emoji here: #1, (c) 2026")).isZero();
        assertThat(TextFeatures.length("👩‍👩‍👧 ok")).isEqualTo(4);
    }

    @Test
    void countsHashtagsButNotNumbersOrAnchors() {
        assertThat(TextFeatures.hashtagCount("New #release of #Sosmed_2 — issue #42, see page#top")).isEqualTo(2);
        assertThat(TextFeatures.hashtagCount(null)).isZero();
    }
}
