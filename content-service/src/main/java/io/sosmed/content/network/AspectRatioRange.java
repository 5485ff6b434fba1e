package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Allowed width:height ratios, inclusive, written as the networks document them (e.g. {@code 4:5} to {@code 1.91:1}). */
public record AspectRatioRange(String min, String max) {

    public static AspectRatioRange between(String min, String max) {
        AspectRatioRange range = new AspectRatioRange(min, max);
        if (range.minValue() > range.maxValue()) {
            throw new IllegalArgumentException("Aspect ratio " + min + " is wider than " + max);
        }
        return range;
    }

    @JsonIgnore
    public double minValue() {
        return ratio(min);
    }

    @JsonIgnore
    public double maxValue() {
        return ratio(max);
    }

    /** Rounded to the two decimals networks document ratios with, so 1080x566 (1.908) passes a 1.91:1 limit. */
    public boolean contains(int width, int height) {
        double ratio = Math.round((double) width / height * 100) / 100.0;
        return ratio >= Math.round(minValue() * 100) / 100.0 && ratio <= Math.round(maxValue() * 100) / 100.0;
    }

    private static double ratio(String widthToHeight) {
        String[] parts = widthToHeight.split(":");
        return Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
    }
}
