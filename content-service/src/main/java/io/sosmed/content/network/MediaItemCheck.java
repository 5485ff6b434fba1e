package io.sosmed.content.network;

import java.util.Locale;

/** Each attachment against its kind's rule: type, bytes, duration, aspect ratio and pixel dimensions. */
final class MediaItemCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        for (int i = 0; i < draft.media().size(); i++) {
            MediaFacts item = draft.media().get(i);
            String path = "media[" + i + "]";
            MediaKindRule rule = rules.media().ruleFor(item.type()).orElse(null);
            if (rule == null) {
                findings.add(Violation.error("MEDIA_TYPE_NOT_SUPPORTED", path + ".type",
                        rules.name() + " does not accept " + item.type() + "; it accepts "
                                + String.join(", ", rules.media().kinds().stream()
                                        .flatMap(kind -> kind.types().stream()).toList())));
                continue;
            }
            String kind = rule.kind().name().toLowerCase(Locale.ROOT);
            if (rule.maxBytes() != null && item.sizeBytes() > rule.maxBytes()) {
                findings.add(Violation.error("MEDIA_TOO_LARGE", path + ".sizeBytes",
                                "This " + kind + " is " + item.sizeBytes() + " bytes; " + rules.name()
                                        + " takes at most " + rule.maxBytes())
                        .limited(rule.maxBytes(), item.sizeBytes(), "bytes"));
            }
            checkDuration(rules, rule, item, path, findings);
            checkDimensions(rules, rule, item, path, findings);
        }
    }

    private static void checkDuration(NetworkRules rules, MediaKindRule rule, MediaFacts item, String path,
            Findings findings) {
        if (rule.minDurationSeconds() == null && rule.maxDurationSeconds() == null) {
            return;
        }
        Double seconds = item.durationSeconds();
        if (seconds == null) {
            findings.add(Violation.warning("MEDIA_DURATION_UNKNOWN", path + ".durationSeconds",
                    "Duration unknown, so " + rules.name() + "'s duration limits could not be checked"));
        } else if (rule.minDurationSeconds() != null && seconds < rule.minDurationSeconds()) {
            findings.add(Violation.error("VIDEO_TOO_SHORT", path + ".durationSeconds",
                            "This video lasts " + seconds + " s; " + rules.name() + " needs at least "
                                    + rule.minDurationSeconds() + " s")
                    .limited(rule.minDurationSeconds(), seconds, "seconds"));
        } else if (rule.maxDurationSeconds() != null && seconds > rule.maxDurationSeconds()) {
            findings.add(Violation.error("VIDEO_TOO_LONG", path + ".durationSeconds",
                            "This video lasts " + seconds + " s; " + rules.name() + " takes at most "
                                    + rule.maxDurationSeconds() + " s")
                    .limited(rule.maxDurationSeconds(), seconds, "seconds"));
        }
    }

    private static void checkDimensions(NetworkRules rules, MediaKindRule rule, MediaFacts item, String path,
            Findings findings) {
        boolean constrained = rule.aspectRatio() != null || rule.minSidePixels() != null
                || rule.maxSidePixels() != null || rule.maxPixels() != null;
        if (!constrained) {
            return;
        }
        if (item.width() == null || item.height() == null) {
            findings.add(Violation.warning("MEDIA_DIMENSIONS_UNKNOWN", path,
                    "Width and height unknown, so " + rules.name() + "'s dimension limits could not be checked"));
            return;
        }
        int width = item.width();
        int height = item.height();
        AspectRatioRange ratio = rule.aspectRatio();
        if (ratio != null && !ratio.contains(width, height)) {
            double actual = Math.round((double) width / height * 1000) / 1000.0;
            double violated = actual < ratio.minValue() ? ratio.minValue() : ratio.maxValue();
            findings.add(Violation.error("ASPECT_RATIO_OUT_OF_RANGE", path,
                            width + "x" + height + " is " + actual + ":1; " + rules.name() + " takes "
                                    + ratio.min() + " to " + ratio.max())
                    .limited(Math.round(violated * 1000) / 1000.0, actual, "widthPerHeight"));
        }
        int shorter = Math.min(width, height);
        int longer = Math.max(width, height);
        if (rule.minSidePixels() != null && shorter < rule.minSidePixels()) {
            findings.add(Violation.error("MEDIA_DIMENSIONS_TOO_SMALL", path,
                            "Each side must be at least " + rule.minSidePixels() + " px; found " + width + "x" + height)
                    .limited(rule.minSidePixels(), shorter, "pixels"));
        }
        if (rule.maxSidePixels() != null && longer > rule.maxSidePixels()) {
            findings.add(Violation.error("MEDIA_DIMENSIONS_TOO_LARGE", path,
                            "Each side must be at most " + rule.maxSidePixels() + " px; found " + width + "x" + height)
                    .limited(rule.maxSidePixels(), longer, "pixels"));
        }
        if (rule.maxPixels() != null && (long) width * height > rule.maxPixels()) {
            findings.add(Violation.error("MEDIA_TOO_MANY_PIXELS", path,
                            width + "x" + height + " has " + (long) width * height + " pixels; " + rules.name()
                                    + " takes at most " + rule.maxPixels())
                    .limited(rule.maxPixels(), (long) width * height, "pixels"));
        }
    }
}
