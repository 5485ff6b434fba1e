package io.sosmed.content.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A whole post as the client writes it: body of {@code POST /posts} and {@code PUT /posts/{id}}, and the
 * document a {@code PATCH} merge patch applies to.
 */
public record PostRequest(
        @NotBlank @Size(max = 200) String title,
        UUID campaignId,
        @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String pillar,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Size(max = 200) String onBehalfOf,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull VariantRequest> variants,
        Instant plannedAt) {

    /** One channel's version of the post. */
    public record VariantRequest(
            @NotBlank @Size(max = 100) String channelId,
            @NotNull @Size(max = 100_000) String text,
            @Size(max = 35) List<@NotNull UUID> mediaIds,
            @Size(max = 10_000) String firstComment,
            @Size(max = 2_000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String link,
            Map<String, Object> options) {
    }

    static PostRequest of(Post post) {
        return new PostRequest(post.title, post.campaignId, post.pillar, List.copyOf(post.tags), post.onBehalfOf,
                post.variants.stream().map(v -> new VariantRequest(v.channelId, v.text, List.copyOf(v.mediaIds),
                        v.firstComment, v.link, new java.util.LinkedHashMap<>(v.options))).toList(), post.plannedAt);
    }
}
