package io.sosmed.content.pillar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /pillars/{key}}: the key stays, name and description change. */
public record PillarUpdate(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1_000) String description) {
}
