package io.sosmed.content.media;

/**
 * What a file's own headers say about it: displayed width and height (EXIF or track rotation applied), and for
 * videos duration, frame rate and codec; {@code orientation} is the EXIF orientation (1 = upright) thumbnails apply.
 */
public record MediaMetadata(Integer width, Integer height, Double durationSeconds, Double frameRate, String codec,
        int orientation) {

    static MediaMetadata image(int width, int height, int orientation) {
        boolean quarterTurn = orientation >= 5 && orientation <= 8;
        return new MediaMetadata(quarterTurn ? height : width, quarterTurn ? width : height, null, null, null,
                orientation);
    }
}
