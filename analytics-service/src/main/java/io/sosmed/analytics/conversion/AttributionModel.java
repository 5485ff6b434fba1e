package io.sosmed.analytics.conversion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a conversion's credit is shared among its touches inside the window before it: all to the last touch, or
 * equally among all of them. Touches after the conversion or before the window get nothing.
 */
public enum AttributionModel {
    LAST_TOUCH, LINEAR;

    static AttributionModel parse(String value) {
        if (value == null || value.isBlank()) {
            return LAST_TOUCH;
        }
        String normal = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AttributionModel model : values()) {
            if (model.name().equals(normal)) {
                return model;
            }
        }
        throw io.sosmed.analytics.Window.invalid("model", "one of last-touch, linear");
    }

    /** One touch's share of a conversion. */
    public record Credit<T>(T touch, double share) {
    }

    /** Shares summing to 1, or nothing when no touch falls in the window. */
    public <T> List<Credit<T>> credit(List<T> touches, java.util.function.Function<T, Instant> time, Instant conversion,
            Duration window) {
        Instant earliest = conversion.minus(window);
        List<T> eligible = touches.stream()
                .filter(t -> !time.apply(t).isAfter(conversion) && !time.apply(t).isBefore(earliest))
                .sorted(Comparator.comparing(time))
                .toList();
        if (eligible.isEmpty()) {
            return List.of();
        }
        if (this == LAST_TOUCH) {
            return List.of(new Credit<>(eligible.get(eligible.size() - 1), 1.0));
        }
        List<Credit<T>> credits = new ArrayList<>();
        eligible.forEach(t -> credits.add(new Credit<>(t, 1.0 / eligible.size())));
        return credits;
    }
}
