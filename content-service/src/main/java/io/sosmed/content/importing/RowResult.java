package io.sosmed.content.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** One row's outcome; {@code row} 1 is the first line after the header. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowResult(int row, RowStatus status, UUID postId, List<RowError> errors) {
}
