package io.sosmed.content.hashtag;

import io.sosmed.content.library.LibraryItemRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Body of {@code POST /hashtag-groups} and {@code PUT /hashtag-groups/{id}}; the {@code #} is optional. */
public record HashtagGroupRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 60) List<@NotNull @Pattern(regexp = "#?[\\p{L}\\p{N}_]{1,100}",
                message = "must be one hashtag: letters, digits or _ after an optional #") String> hashtags) implements LibraryItemRequest {

    /** Each hashtag once (case-insensitively, first spelling wins), with its {@code #}, in the given order. */
    List<String> normalizedHashtags() {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String tag : hashtags) {
            String withHash = tag.startsWith("#") ? tag : "#" + tag;
            unique.putIfAbsent(withHash.toLowerCase(Locale.ROOT), withHash);
        }
        return new ArrayList<>(unique.values());
    }
}
