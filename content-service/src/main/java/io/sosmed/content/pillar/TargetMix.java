package io.sosmed.content.pillar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The workspace's planned content mix, body and answer of {@code /pillars/targets}: whole percentages per pillar
 * that sum to 100; pillars not listed are outside the mix. An empty list clears the mix.
 */
public record TargetMix(@NotNull @Size(max = 100) List<@Valid @NotNull Target> targets) {

    /** One pillar's planned share. */
    public record Target(@NotBlank String pillar, @NotNull @Min(0) @Max(100) Integer percent) {
    }
}
