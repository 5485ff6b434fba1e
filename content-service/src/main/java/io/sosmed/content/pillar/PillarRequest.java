package io.sosmed.content.pillar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /pillars}; {@code key} is what posts carry in their {@code pillar} field. */
public record PillarRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String key,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1_000) String description) {
}
