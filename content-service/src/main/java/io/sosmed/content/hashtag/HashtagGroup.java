package io.sosmed.content.hashtag;

import io.sosmed.content.library.LibraryItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A named set of hashtags added to posts together (e.g. "Webinars": #webinar #marketing #live). */
@Entity
@Table(name = "hashtag_group")
public class HashtagGroup extends LibraryItem {

    /** Hashtags with their leading {@code #}, in the order they are added to a post. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> hashtags = new ArrayList<>();
}
