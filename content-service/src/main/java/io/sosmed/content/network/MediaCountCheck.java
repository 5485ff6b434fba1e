package io.sosmed.content.network;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How many attachments, how many of each kind, and whether kinds may be mixed in one post. */
final class MediaCountCheck implements RuleCheck {

    @Override
    public void check(NetworkRules rules, Draft draft, Findings findings) {
        MediaRules media = rules.media();
        int items = draft.media().size();
        findings.count("media", "items", items);
        if (items < media.minItems()) {
            findings.add(Violation.error(items == 0 ? "MEDIA_REQUIRED" : "TOO_FEW_MEDIA", "media",
                            rules.name() + " needs at least " + media.minItems() + " attachment"
                                    + (media.minItems() == 1 ? "" : "s") + " (" + accepted(media) + ")")
                    .limited(media.minItems(), items, "items"));
        }
        if (items > media.maxItems()) {
            findings.add(Violation.error("TOO_MANY_MEDIA", "media",
                            rules.name() + " takes at most " + media.maxItems() + " attachments; found " + items)
                    .limited(media.maxItems(), items, "items"));
        }
        Map<MediaKind, Integer> perKind = new EnumMap<>(MediaKind.class);
        for (MediaFacts item : draft.media()) {
            media.ruleFor(item.type()).ifPresent(rule -> perKind.merge(rule.kind(), 1, Integer::sum));
        }
        for (MediaKindRule rule : media.kinds()) {
            int count = perKind.getOrDefault(rule.kind(), 0);
            if (count > rule.maxCount() && rule.maxCount() < media.maxItems()) {
                String kind = rule.kind().name().toLowerCase(Locale.ROOT);
                findings.add(Violation.error("TOO_MANY_" + rule.kind().name() + "S", "media",
                                rules.name() + " takes at most " + rule.maxCount() + " " + kind
                                        + (rule.maxCount() == 1 ? "" : "s") + " per post; found " + count)
                        .limited(rule.maxCount(), count, "items"));
            }
        }
        if (!media.mixedKindsAllowed() && perKind.size() > 1) {
            findings.add(Violation.error("MEDIA_KINDS_MIXED", "media",
                            rules.name() + " takes " + accepted(media) + ", never mixed; found "
                                    + perKind.keySet().stream().map(kind -> kind.name().toLowerCase(Locale.ROOT))
                                            .collect(Collectors.joining(" and ")))
                    .limited(1, perKind.size(), "kinds"));
        }
    }

    /** E.g. "up to 4 images, or 1 gif, or 1 video". */
    private static String accepted(MediaRules media) {
        return media.kinds().stream()
                .map(rule -> {
                    int max = Math.min(rule.maxCount(), media.maxItems());
                    return "up to " + max + " " + rule.kind().name().toLowerCase(Locale.ROOT) + (max == 1 ? "" : "s");
                })
                .collect(Collectors.joining(media.mixedKindsAllowed() ? ", " : ", or "));
    }
}
