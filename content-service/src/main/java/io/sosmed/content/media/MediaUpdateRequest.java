package io.sosmed.content.media;

import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /media/{id}}: the new alternative text; null or blank removes it. */
public record MediaUpdateRequest(@Size(max = MediaUploads.MAX_ALT_TEXT) String altText) {
}
