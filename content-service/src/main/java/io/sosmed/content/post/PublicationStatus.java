package io.sosmed.content.post;

/** Where one variant is on its channel, as schedule-service reported it; no record means not scheduled. */
public enum PublicationStatus {
    SCHEDULED,
    PUBLISHED,
    FAILED,
    /** The network did not answer in time; schedule-service is finding out whether the post went out. */
    UNCONFIRMED
}
