package io.sosmed.content.importing;

/** What happened to one row of an import. */
public enum RowStatus {
    /** The row's post was stored. */
    CREATED,
    /** The row has errors; nothing was stored for it. */
    ERROR,
    /** The row is valid but was not stored because the import was atomic and another row failed. */
    NOT_IMPORTED
}
