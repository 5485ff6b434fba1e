package io.sosmed.community.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creates or replaces a saved reply; {@code text} may use {@link ReplyTemplate#VARIABLES}. */
public record SavedReplyRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 10_000) String text) {
}
