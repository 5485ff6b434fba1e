package io.sosmed.content.network;

/** An ERROR makes the network refuse the post; a WARNING is published anyway but not as the author may expect. */
public enum Severity {
    ERROR,
    WARNING
}
