package io.sosmed.content.post;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The post as it will appear on one channel: its text, media, first comment, link and network options. */
@Embeddable
public class PostVariant {

    @Column(name = "channel_id", nullable = false)
    public String channelId;

    @Column(nullable = false)
    public String text;

    /** Media library items in display order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "media_ids", nullable = false)
    public List<UUID> mediaIds = new ArrayList<>();

    @Column(name = "first_comment")
    public String firstComment;

    public String link;

    /** Network-specific options, e.g. {@code youtubeTitle}, {@code pinterestBoard}, {@code instagramPostType}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> options = new LinkedHashMap<>();

    protected PostVariant() {
    }

    public PostVariant(String channelId, String text, List<UUID> mediaIds, String firstComment, String link,
            Map<String, Object> options) {
        this.channelId = channelId;
        this.text = text;
        this.mediaIds = new ArrayList<>(mediaIds);
        this.firstComment = firstComment;
        this.link = link;
        this.options = new LinkedHashMap<>(options);
    }
}
