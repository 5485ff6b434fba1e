package io.sosmed.content.snippet;

import io.sosmed.content.library.LibraryItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reusable piece of text (a sign-off, a disclaimer, a call to action) inserted into posts as it is. */
@Entity
@Table(name = "content_snippet")
public class Snippet extends LibraryItem {

    @Column(nullable = false)
    public String text;
}
