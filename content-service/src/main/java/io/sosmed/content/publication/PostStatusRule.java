package io.sosmed.content.publication;

import io.sosmed.content.post.PostStatus;
import io.sosmed.content.post.PublicationStatus;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A post's overall status from its variants' publication states: PUBLISHED once every variant is published,
 * SCHEDULED while any variant has a publication state (scheduled, unconfirmed, failed, or published while others are
 * not yet), and back to the status it had before scheduling when the last state is gone. A failed variant never
 * changes the others.
 */
final class PostStatusRule {

    private PostStatusRule() {
    }

    /**
     * @param channels the post's variant channels
     * @param states publication state per channel (channels without one are absent)
     * @param beforeScheduling the status the post had when it was first scheduled, if known
     */
    static PostStatus overall(PostStatus current, Collection<String> channels, Map<String, PublicationStatus> states,
            PostStatus beforeScheduling) {
        boolean anyState = channels.stream().anyMatch(states::containsKey);
        boolean allPublished = !channels.isEmpty()
                && channels.stream().allMatch(c -> states.get(c) == PublicationStatus.PUBLISHED);
        if (allPublished) {
            return PostStatus.PUBLISHED;
        }
        if (anyState) {
            return PostStatus.SCHEDULED;
        }
        if (current == PostStatus.SCHEDULED || current == PostStatus.PUBLISHED) {
            return Objects.requireNonNullElse(beforeScheduling, PostStatus.DRAFT);
        }
        return current;
    }
}
