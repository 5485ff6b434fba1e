package io.sosmed.schedule.pause;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST .../resume}: what to do with publications whose time passed during the pause. */
public record ResumeRequest(
        @Schema(required = true, description = "publishNow, skip or shiftBy") String missed,
        @Schema(description = "With shiftBy: how much later the missed publications go out", example = "PT2H") Duration shiftBy) {

    /** The resume choices, as in {@code sosmed.publishing.resumed.v1}'s missedAction. */
    public enum MissedAction {
        PUBLISH_NOW("publishNow"), SKIP("skip"), SHIFT_BY("shiftBy");

        private final String wire;

        MissedAction(String wire) {
            this.wire = wire;
        }

        static Optional<MissedAction> parse(String value) {
            return Arrays.stream(values()).filter(a -> a.wire.equals(value) || a.name().equals(value)).findFirst();
        }
    }
}
