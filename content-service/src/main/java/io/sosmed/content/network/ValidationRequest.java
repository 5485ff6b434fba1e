package io.sosmed.content.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /networks/{network}/validate}: a variant as typed, no stored post needed. */
public record ValidationRequest(
        @Size(max = 100_000) String text,
        @Size(max = 10_000) String title,
        @Size(max = 100_000) String firstComment,
        @Size(max = 50) List<@Valid @NotNull MediaItem> media,
        @Valid Options options) {

    /** What the client knows about one attachment; width, height and duration may be null. */
    public record MediaItem(
            @NotNull @Size(max = 255) @Pattern(regexp = "[\\w.+-]+/[\\w.+*-]+", message = "must be a MIME type")
            String type,
            @NotNull @PositiveOrZero Long sizeBytes,
            @Positive Integer width,
            @Positive Integer height,
            @PositiveOrZero Double durationSeconds) {
    }

    /** Limits a channel sets for itself. */
    public record Options(
            @Positive @Max(1_000_000) Integer maxCharacters,
            @PositiveOrZero @Max(1_000) Integer maxHashtags) {
    }

    public Draft toDraft() {
        List<MediaFacts> facts = media == null ? List.of() : media.stream()
                .map(item -> new MediaFacts(item.type(), item.sizeBytes(), item.width(), item.height(),
                        item.durationSeconds()))
                .toList();
        DraftOptions draftOptions = options == null
                ? DraftOptions.NONE
                : new DraftOptions(options.maxCharacters(), options.maxHashtags());
        return new Draft(text, title, firstComment, facts, draftOptions);
    }
}
