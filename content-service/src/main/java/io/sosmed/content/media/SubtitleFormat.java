package io.sosmed.content.media;

/** The subtitle file formats accepted for videos. */
public enum SubtitleFormat {
    SRT("application/x-subrip", "srt"),
    WEBVTT("text/vtt", "vtt");

    private final String mediaType;
    private final String extension;

    SubtitleFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
