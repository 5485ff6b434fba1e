package io.sosmed.schedule.pause;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PUT .../crisis-policy}; also the response, with who changed it last. */
public record CrisisPolicyRequest(@Schema(required = true) Boolean autoPause) {

    /** The policy as stored. */
    public record Response(boolean autoPause, String updatedBy, Instant updatedAt) {
    }
}
