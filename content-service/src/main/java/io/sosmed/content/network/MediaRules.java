package io.sosmed.content.network;

import java.util.List;
import java.util.Optional;

/** How many attachments a post takes, whether kinds may be mixed, and the rule for each accepted kind. */
public record MediaRules(int minItems, int maxItems, boolean mixedKindsAllowed, List<MediaKindRule> kinds) {

    public MediaRules {
        kinds = List.copyOf(kinds);
    }

    public static MediaRules of(int minItems, int maxItems, boolean mixedKindsAllowed, MediaKindRule... kinds) {
        return new MediaRules(minItems, maxItems, mixedKindsAllowed, List.of(kinds));
    }

    /** The rule of the first kind that accepts this MIME type. */
    public Optional<MediaKindRule> ruleFor(String mimeType) {
        return kinds.stream().filter(kind -> kind.accepts(mimeType)).findFirst();
    }
}
