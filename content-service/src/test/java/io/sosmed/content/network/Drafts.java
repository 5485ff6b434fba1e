package io.sosmed.content.network;

import java.util.List;
import java.util.Map;

/** Named test data: attachments each network accepts, and drafts built from them. */
final class Drafts {

    static final MediaFacts SQUARE_JPEG = new MediaFacts("image/jpeg", 500_000, 1080, 1080, null);
    static final MediaFacts SQUARE_PNG = new MediaFacts("image/png", 500_000, 1080, 1080, null);
    static final MediaFacts ANIMATED_GIF = new MediaFacts("image/gif", 2_000_000, 480, 270, null);
    static final MediaFacts VERTICAL_VIDEO = new MediaFacts("video/mp4", 40_000_000, 1080, 1920, 30.0);
    static final MediaFacts LANDSCAPE_VIDEO = new MediaFacts("video/mp4", 40_000_000, 1920, 1080, 60.0);

    /** The smallest set of attachments that makes each network's post publishable. */
    static final Map<Network, List<MediaFacts>> REQUIRED_MEDIA = Map.of(
            Network.INSTAGRAM, List.of(SQUARE_JPEG),
            Network.TIKTOK, List.of(VERTICAL_VIDEO),
            Network.YOUTUBE, List.of(LANDSCAPE_VIDEO),
            Network.PINTEREST, List.of(SQUARE_JPEG));

    static final String YOUTUBE_TITLE = "Webinar recording";

    private Drafts() {
    }

    /** A draft that is valid on the network except for what {@code text} itself breaks. */
    static Draft withText(Network network, String text) {
        return draft(network, text, null, DraftOptions.NONE);
    }

    static Draft withText(Network network, String text, DraftOptions options) {
        return draft(network, text, null, options);
    }

    static Draft withFirstComment(Network network, String firstComment) {
        return draft(network, "Hello", firstComment, DraftOptions.NONE);
    }

    static Draft withTitle(Network network, String title) {
        return new Draft("Description", title, null, REQUIRED_MEDIA.getOrDefault(network, List.of()), DraftOptions.NONE);
    }

    static Draft withMedia(Network network, MediaFacts... media) {
        return new Draft("Look at this", network == Network.YOUTUBE ? YOUTUBE_TITLE : null, null, List.of(media),
                DraftOptions.NONE);
    }

    private static Draft draft(Network network, String text, String firstComment, DraftOptions options) {
        return new Draft(text, network == Network.YOUTUBE ? YOUTUBE_TITLE : null, firstComment,
                REQUIRED_MEDIA.getOrDefault(network, List.of()), options);
    }
}
