package io.sosmed.content.media;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a workspace's media, newest first. */
public record MediaPage(
        List<MediaResponse> items,
        @Schema(description = "Pass as ?cursor= to get the next page; null on the last page") String nextCursor) {
}
