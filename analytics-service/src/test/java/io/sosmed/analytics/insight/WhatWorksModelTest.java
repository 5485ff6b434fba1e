package io.sosmed.analytics.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A seeded data set where video doubles the engagement rate and nothing else matters. */
class WhatWorksModelTest {

    private static final double BASE_RATE = 0.03;
    private static final long IMPRESSIONS = 5_000;

    private static List<Observation> seeded(int n, long seed) {
        Random random = new Random(seed);
        String[] media = {"TEXT", "IMAGE", "VIDEO"};
        String[] pillars = {"product", "culture", "tips"};
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String type = media[i % 3];
            double rate = BASE_RATE * (type.equals("VIDEO") ? 2 : 1) * Math.exp(random.nextGaussian() * 0.15);
            long engagements = Math.round(rate * IMPRESSIONS);
            observations.add(new Observation("INSTAGRAM", random.nextInt(24), 1 + random.nextInt(7),
                    40 + random.nextInt(400), random.nextInt(4), random.nextInt(6), type, random.nextBoolean(),
                    pillars[random.nextInt(3)], engagements, IMPRESSIONS));
        }
        return observations;
    }

    @Test
    void findsThatVideoDoublesTheEngagementRate() {
        WhatWorksModel.Fit fit = WhatWorksModel.fit(seeded(240, 7));

        assertThat(fit.enoughData()).isTrue();
        WhatWorksReport.Effect video = fit.effects().stream()
                .filter(e -> e.feature().equals("media type") && "VIDEO".equals(e.level())).findFirst().orElseThrow();
        assertThat(video.baseline()).isEqualTo("TEXT");
        assertThat(video.ratio()).isCloseTo(2.0, within(0.15));
        assertThat(video.ratioLow()).isLessThan(2.0).isGreaterThan(1.5);
        assertThat(video.ratioHigh()).isGreaterThan(2.0).isLessThan(2.5);
        assertThat(video.significant()).isTrue();
        assertThat(video.n()).isEqualTo(80);
        WhatWorksReport.Effect image = fit.effects().stream()
                .filter(e -> e.feature().equals("media type") && "IMAGE".equals(e.level())).findFirst().orElseThrow();
        assertThat(image.ratioLow()).isLessThan(1.0);
        assertThat(image.ratioHigh()).isGreaterThan(1.0);

        List<String> findings = WhatWorksModel.findings(fit, "INSTAGRAM");
        assertThat(findings.get(0)).matches("On Instagram, posts with media type video get (1\\.9\\d|2\\.[01]\\d)x "
                + "the engagement rate of text posts \\(95% CI \\d\\.\\d\\d-\\d\\.\\d\\d, n=80\\)");
    }

    @Test
    void refusesToClaimAnythingFromTooFewPosts() {
        WhatWorksModel.Fit fit = WhatWorksModel.fit(seeded(20, 3));

        assertThat(fit.enoughData()).isFalse();
        assertThat(fit.effects()).isEmpty();
        assertThat(WhatWorksModel.findings(fit, null)).containsExactly(
                "Not enough data: 20 measured posts, at least 30 are needed before anything can be said.");
    }

    @Test
    void refusesWhenThereAreTooFewPostsPerParameter() {
        WhatWorksModel.Fit fit = WhatWorksModel.fit(seeded(45, 5));

        assertThat(fit.enoughData()).isFalse();
        assertThat(fit.message()).contains("parameters");
    }

    @Test
    void saysSoWhenNothingMatters() {
        Random random = new Random(11);
        List<Observation> noise = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long engagements = Math.round(BASE_RATE * Math.exp(random.nextGaussian() * 0.1) * IMPRESSIONS);
            noise.add(new Observation("X", 9, 2, 100, 0, 0, i % 2 == 0 ? "TEXT" : "IMAGE", false, null, engagements,
                    IMPRESSIONS));
        }

        WhatWorksModel.Fit fit = WhatWorksModel.fit(noise);

        assertThat(fit.enoughData()).isTrue();
        assertThat(fit.effects()).hasSize(1);
        assertThat(WhatWorksModel.findings(fit, null)).containsExactly(
                "No feature went with a clear difference in engagement rate in these 200 posts.");
    }
}
