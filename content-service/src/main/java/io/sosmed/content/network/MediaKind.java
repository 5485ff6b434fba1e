package io.sosmed.content.network;

/** The kinds of attachment networks treat differently (X, for one, never mixes them). */
public enum MediaKind {
    IMAGE,
    GIF,
    VIDEO
}
