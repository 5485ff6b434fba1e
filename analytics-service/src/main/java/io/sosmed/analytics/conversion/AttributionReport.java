package io.sosmed.analytics.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Conversions in [from, to) credited to posts, channels or campaigns. Counts are fractional under the linear model.
 * ROI = (revenue in the budget's currency - budget) / budget, for campaigns with a budget.
 */
public record AttributionReport(Instant from, Instant to, AttributionModel model, long windowDays, String groupBy,
        List<Group> groups) {

    /** One group; key "(unattributed)" holds conversions without a touch in the window. */
    public record Group(String key, String label, double leads, double opportunities, double deals,
            List<Amount> revenue, BigDecimal budget, String budgetCurrency, Double roi) {
    }

    /** Money in one currency. */
    public record Amount(String currency, BigDecimal amount) {
    }
}
