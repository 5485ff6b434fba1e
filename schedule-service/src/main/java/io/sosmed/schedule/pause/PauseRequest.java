package io.sosmed.schedule.pause;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST .../pause}. */
public record PauseRequest(@Schema(required = true, example = "Breaking news: holding all posts") String reason) {
}
