package io.sosmed.content.post;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The post's text as it will appear on one channel. */
@Embeddable
public class PostVariant {

    @Column(name = "channel_id", nullable = false)
    public String channelId;

    @Column(nullable = false)
    public String text;

    protected PostVariant() {
    }

    public PostVariant(String channelId, String text) {
        this.channelId = channelId;
        this.text = text;
    }
}
