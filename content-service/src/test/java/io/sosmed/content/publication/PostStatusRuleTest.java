package io.sosmed.content.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.sosmed.content.post.PostStatus;
import io.sosmed.content.post.PublicationStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostStatusRuleTest {

    private static final List<String> CHANNELS = List.of("x-main", "li-page");

    @Test
    void publishedOnlyWhenEveryVariantIsPublished() {
        assertThat(PostStatusRule.overall(PostStatus.SCHEDULED, CHANNELS,
                Map.of("x-main", PublicationStatus.PUBLISHED, "li-page", PublicationStatus.PUBLISHED), PostStatus.APPROVED))
                .isEqualTo(PostStatus.PUBLISHED);
        assertThat(PostStatusRule.overall(PostStatus.SCHEDULED, CHANNELS,
                Map.of("x-main", PublicationStatus.PUBLISHED, "li-page", PublicationStatus.FAILED), PostStatus.APPROVED))
                .isEqualTo(PostStatus.SCHEDULED);
        assertThat(PostStatusRule.overall(PostStatus.SCHEDULED, CHANNELS,
                Map.of("x-main", PublicationStatus.PUBLISHED, "other-channel", PublicationStatus.PUBLISHED), PostStatus.APPROVED))
                .isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void anyScheduledVariantSchedulesThePost() {
        assertThat(PostStatusRule.overall(PostStatus.APPROVED, CHANNELS, Map.of("li-page", PublicationStatus.SCHEDULED), null))
                .isEqualTo(PostStatus.SCHEDULED);
        assertThat(PostStatusRule.overall(PostStatus.DRAFT, CHANNELS, Map.of("x-main", PublicationStatus.UNCONFIRMED), null))
                .isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void withoutStatesAScheduledPostReturnsToItsEarlierStatusAndOthersStay() {
        assertThat(PostStatusRule.overall(PostStatus.SCHEDULED, CHANNELS, Map.of(), PostStatus.APPROVED))
                .isEqualTo(PostStatus.APPROVED);
        assertThat(PostStatusRule.overall(PostStatus.SCHEDULED, CHANNELS, Map.of(), null)).isEqualTo(PostStatus.DRAFT);
        assertThat(PostStatusRule.overall(PostStatus.IN_REVIEW, CHANNELS, Map.of(), PostStatus.APPROVED))
                .isEqualTo(PostStatus.IN_REVIEW);
        assertThat(PostStatusRule.overall(PostStatus.DRAFT, CHANNELS, Map.of("unknown", PublicationStatus.SCHEDULED), null))
                .isEqualTo(PostStatus.DRAFT);
    }
}
