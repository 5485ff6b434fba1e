package io.sosmed.content.revision;

import java.util.List;

/** A page of a post's revisions, newest first. */
public record RevisionPage(List<RevisionResponse> items, String nextCursor) {
}
