package io.sosmed.content.network;

import java.util.List;

/** A variant as one network would receive it: text, optional title and first comment, attachments in order. */
public record Draft(String text, String title, String firstComment, List<MediaFacts> media, DraftOptions options) {

    public Draft {
        media = media == null ? List.of() : List.copyOf(media);
        options = options == null ? DraftOptions.NONE : options;
    }

    public static Draft text(String text) {
        return new Draft(text, null, null, List.of(), DraftOptions.NONE);
    }
}
