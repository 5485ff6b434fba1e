package io.sosmed.content.media;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.List;

/** The problems the media library answers with; each has a stable type slug. */
final class MediaProblems {

    private MediaProblems() {
    }

    static ProblemException notFound(Object mediaId) {
        return ProblemException.notFound("Media", String.valueOf(mediaId));
    }

    static ProblemException tooLarge(String what, long sizeBytes, long limitBytes) {
        return new ProblemException(413, "media-too-large", "Upload too large",
                "The " + what + " has " + sizeBytes + " bytes; at most " + limitBytes + " bytes are accepted",
                List.of(new Problem.FieldError("file", "at most " + limitBytes + " bytes")));
    }

    static ProblemException unsupportedType(String detected, List<String> allowed) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                "The file's content is " + detected + " (detected from its bytes, not its name); accepted: "
                        + String.join(", ", allowed),
                List.of(new Problem.FieldError("file", "content is " + detected)));
    }

    static ProblemException unreadable(MediaFormat format, String reason) {
        return new ProblemException(422, "unreadable-media", "Media cannot be read",
                "The file looks like " + format.mediaType() + " but " + reason,
                List.of(new Problem.FieldError("file", reason)));
    }

    static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Request is not valid", "Invalid fields: " + field,
                List.of(new Problem.FieldError(field, message)));
    }

    static ProblemException invalidSubtitles(List<String> errors) {
        return new ProblemException(400, "invalid-subtitles", "Subtitles are not valid",
                "The subtitle file is not valid SubRip or WebVTT: " + errors.get(0),
                errors.stream().map(e -> new Problem.FieldError("file", e)).toList());
    }

    static ProblemException notAVideo(Object mediaId, String what) {
        return new ProblemException(409, "media-not-video", "Media is not a video",
                "Media " + mediaId + " is an image; " + what + " can only be attached to a video");
    }

    static ProblemException noThumbnail(Object mediaId) {
        return new ProblemException(404, "no-thumbnail", "No thumbnail",
                "Media " + mediaId + " has no thumbnail (videos get one from their cover; WebP images get none)");
    }

    static ProblemException noCover(Object mediaId) {
        return new ProblemException(404, "no-cover", "No cover", "Media " + mediaId + " has no custom cover");
    }

    static ProblemException noSubtitles(Object mediaId, String language) {
        return new ProblemException(404, "not-found", "Subtitles not found",
                "Media " + mediaId + " has no subtitles in " + language);
    }
}
