package io.sosmed.analytics.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UtmTest {

    @Test
    void buildsTheSetFromNetworkCampaignAndPost() {
        Utm utm = Utm.of("LINKEDIN", "Spring Sale 2026!", "c-1", "p-1");

        assertThat(utm.asMap()).containsExactly(
                java.util.Map.entry("utm_source", "linkedin"), java.util.Map.entry("utm_medium", "social"),
                java.util.Map.entry("utm_campaign", "spring-sale-2026"), java.util.Map.entry("utm_content", "p-1"));
    }

    @Test
    void replacesExistingUtmParametersAndKeepsTheRestAndTheFragment() {
        String url = Utm.of("X", null, "c-9", "p 2").applyTo("https://shop.example.com/p?ref=news&utm_source=old#top");

        assertThat(url).isEqualTo("https://shop.example.com/p?ref=news&utm_source=x&utm_medium=social"
                + "&utm_campaign=c-9&utm_content=p+2#top");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertThat(Utm.of(null, null, null, null).applyTo("https://example.com"))
                .isEqualTo("https://example.com/?utm_source=sosmed&utm_medium=social");
    }

    @Test
    void codesAreBase62TwelveCharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = LinkCodes.next();
            assertThat(LinkCodes.wellFormed(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
        assertThat(LinkCodes.LENGTH * Math.log(62) / Math.log(2)).isGreaterThan(64);
    }
}
