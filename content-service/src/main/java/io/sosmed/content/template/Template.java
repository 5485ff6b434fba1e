package io.sosmed.content.template;

import io.sosmed.content.library.LibraryItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Reusable post text with {@code {{variables}}} filled in when a post is written from it. */
@Entity
@Table(name = "content_template")
public class Template extends LibraryItem {

    @Column(nullable = false)
    public String text;
}
