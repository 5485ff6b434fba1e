package io.sosmed.content.library;

import io.quarkus.panache.common.Parameters;
import io.sosmed.platform.paging.KeysetCursor;

/**
 * A keyset query over one workspace's library items, newest first: {@code workspaceId}, {@code createdAt} and
 * {@code id} are the entity fields every library item has.
 */
public final class LibraryQuery {

    private final StringBuilder where = new StringBuilder("workspaceId = :workspace");
    private final Parameters parameters;

    private LibraryQuery(String workspaceId) {
        parameters = Parameters.with("workspace", workspaceId);
    }

    public static LibraryQuery inWorkspace(String workspaceId) {
        return new LibraryQuery(workspaceId);
    }

    /** Adds a condition with one named parameter. */
    public LibraryQuery and(String condition, String name, Object value) {
        where.append(" and ").append(condition);
        parameters.and(name, value);
        return this;
    }

    /** Only items strictly after the last item of the previous page. */
    public LibraryQuery after(KeysetCursor cursor) {
        if (cursor != null) {
            where.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            parameters.and("afterTime", cursor.createdAt()).and("afterId", cursor.id());
        }
        return this;
    }

    public String query() {
        return where + " order by createdAt desc, id desc";
    }

    public Parameters parameters() {
        return parameters;
    }
}
