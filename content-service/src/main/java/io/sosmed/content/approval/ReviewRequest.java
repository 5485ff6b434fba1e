package io.sosmed.content.approval;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of submit, approve, reject and request-changes. */
public record ReviewRequest(
        @Size(max = 5000) String comment,
        @Schema(description = "The step the reviewer means to decide; refused (403) when it is not the current step")
        @PositiveOrZero Integer step) {

    static final ReviewRequest EMPTY = new ReviewRequest(null, null);
}
