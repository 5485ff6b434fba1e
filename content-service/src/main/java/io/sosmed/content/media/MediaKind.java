package io.sosmed.content.media;

/** Whether a media item is a still image or a video. */
public enum MediaKind {
    IMAGE,
    VIDEO
}
