package io.sosmed.content.hashtag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A hashtag group as the API shows it; {@code text} is ready to paste into a post. */
public record HashtagGroupResponse(UUID id, String name, List<String> hashtags, String text, String createdBy,
        Instant createdAt, Instant updatedAt, long version) {

    static HashtagGroupResponse of(HashtagGroup group) {
        return new HashtagGroupResponse(group.id, group.name, List.copyOf(group.hashtags),
                String.join(" ", group.hashtags), group.createdBy, group.createdAt, group.updatedAt, group.version);
    }
}
