package io.sosmed.analytics.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AttributionModelTest {

    private static final Instant CONVERSION = Instant.parse("2025-06-10T12:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(7);
    private static final Instant EARLY = CONVERSION.minus(Duration.ofDays(5));
    private static final Instant LATE = CONVERSION.minus(Duration.ofHours(2));
    private static final Instant TOO_OLD = CONVERSION.minus(Duration.ofDays(8));
    private static final Instant AFTER = CONVERSION.plus(Duration.ofHours(1));
    private static final List<Instant> TOUCHES = List.of(LATE, TOO_OLD, EARLY, AFTER);

    @Test
    void lastTouchGivesEverythingToTheLatestTouchInTheWindow() {
        List<AttributionModel.Credit<Instant>> credits =
                AttributionModel.LAST_TOUCH.credit(TOUCHES, Function.identity(), CONVERSION, WINDOW);

        assertThat(credits).containsExactly(new AttributionModel.Credit<>(LATE, 1.0));
    }

    @Test
    void linearSharesEquallyAmongTouchesInTheWindow() {
        List<AttributionModel.Credit<Instant>> credits =
                AttributionModel.LINEAR.credit(TOUCHES, Function.identity(), CONVERSION, WINDOW);

        assertThat(credits).containsExactly(new AttributionModel.Credit<>(EARLY, 0.5), new AttributionModel.Credit<>(LATE, 0.5));
    }

    @Test
    void noTouchInTheWindowMeansNoCredit() {
        assertThat(AttributionModel.LINEAR.credit(List.of(TOO_OLD, AFTER), Function.identity(), CONVERSION, WINDOW)).isEmpty();
    }

    @Test
    void parsesModelNames() {
        assertThat(AttributionModel.parse("last-touch")).isEqualTo(AttributionModel.LAST_TOUCH);
        assertThat(AttributionModel.parse("linear")).isEqualTo(AttributionModel.LINEAR);
        assertThat(AttributionModel.parse(null)).isEqualTo(AttributionModel.LAST_TOUCH);
    }
}
