package io.sosmed.content.post;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /posts}: the internal title, tags and one variant per target channel. */
public record PostRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull VariantRequest> variants) {

    /** One channel's text. */
    public record VariantRequest(
            @NotBlank @Size(max = 100) String channelId,
            @NotNull @Size(max = 100_000) String text) {
    }
}
