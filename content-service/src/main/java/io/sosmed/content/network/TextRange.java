package io.sosmed.content.network;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A span of a text in UTF-16 code unit indices, {@code start} inclusive and {@code end} exclusive: the indices
 * JavaScript's {@code String.prototype.slice} and Java's {@code String.substring} take.
 */
@Schema(description = "Offending span in UTF-16 code unit indices: start inclusive, end exclusive "
        + "(as JavaScript's String.slice and Java's String.substring take them)")
public record TextRange(int start, int end) {
}
