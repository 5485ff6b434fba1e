package io.sosmed.content.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Body of {@code POST /posts/{id}/comments}; {@code parentId} makes it a reply. */
public record CommentRequest(@NotBlank @Size(max = 5000) String body, UUID parentId) {
}
