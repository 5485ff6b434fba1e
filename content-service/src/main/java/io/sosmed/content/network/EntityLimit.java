package io.sosmed.content.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** At most {@code max} hashtags or mentions, counted together across the listed fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityLimit(TextEntity entity, int max, LimitOption option, List<DraftField> countedIn) {

    public EntityLimit {
        countedIn = List.copyOf(countedIn);
    }

    public int effectiveMax(DraftOptions options) {
        Integer override = option == null ? null : options.valueOf(option);
        return override == null ? max : override;
    }
}
