package io.sosmed.content.library;

import io.sosmed.platform.paging.KeysetCursor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a library listing (templates, snippets, hashtag groups, campaigns, pillars), newest first. */
public record LibraryPage<T>(
        List<T> items,
        @Schema(description = "Pass as ?cursor= to get the next page; null on the last page") String nextCursor) {

    /**
     * Cuts a page from rows fetched with one row more than {@code limit}: that extra row only says whether a next
     * page exists.
     */
    public static <E, T> LibraryPage<T> of(List<E> fetched, int limit, Function<E, Instant> createdAt,
            Function<E, UUID> id, Function<E, T> view) {
        List<E> page = fetched.subList(0, Math.min(limit, fetched.size()));
        String next = null;
        if (fetched.size() > limit) {
            E last = page.get(limit - 1);
            next = new KeysetCursor(createdAt.apply(last), id.apply(last)).encode();
        }
        return new LibraryPage<>(page.stream().map(view).toList(), next);
    }
}
