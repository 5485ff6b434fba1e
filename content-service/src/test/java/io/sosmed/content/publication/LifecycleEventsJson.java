package io.sosmed.content.publication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** schedule-service's post-lifecycle events as CloudEvents JSON, the way it puts them on the wire. */
final class LifecycleEventsJson {

    private LifecycleEventsJson() {
    }

    static String scheduled(String eventId, UUID postId, Instant at, String... channels) {
        return envelope("sosmed.post.scheduled.v1", eventId, postId, """
                {"postId":"%s","scheduleId":"%s","mode":"AT","scheduledAt":"%s","zone":"Europe/Lisbon","recurrence":null,
                 "channelIds":%s}""".formatted(postId, UUID.randomUUID(), at, array(channels)));
    }

    static String rescheduled(String eventId, UUID postId, Instant at, Instant previous, String... channels) {
        return envelope("sosmed.post.rescheduled.v1", eventId, postId, """
                {"postId":"%s","scheduleId":"%s","scheduledAt":"%s","previousScheduledAt":"%s","zone":"Europe/Lisbon",
                 "channelIds":%s}""".formatted(postId, UUID.randomUUID(), at, previous, array(channels)));
    }

    static String unscheduled(String eventId, UUID postId, String... channels) {
        return envelope("sosmed.post.unscheduled.v1", eventId, postId, """
                {"postId":"%s","scheduleId":"%s","reason":"USER","by":"user-paula","channelIds":%s}"""
                .formatted(postId, UUID.randomUUID(), array(channels)));
    }

    static String published(String eventId, UUID postId, String channel, String externalId, String url) {
        return envelope("sosmed.post.published.v1", eventId, postId, """
                {"postId":"%s","channelId":"%s","network":"X","attemptId":"%s","externalId":"%s","url":"%s",
                 "scheduledAt":null,"publishedAt":"%s"}""".formatted(postId, channel, UUID.randomUUID(), externalId, url,
                Instant.now()));
    }

    static String publishFailed(String eventId, UUID postId, String channel, String reason) {
        return envelope("sosmed.post.publish-failed.v1", eventId, postId, """
                {"postId":"%s","channelId":"%s","network":"LINKEDIN","attemptId":"%s","code":"TOKEN_EXPIRED",
                 "reason":"%s","retryable":false,"attempts":1,"failedAt":"%s"}"""
                .formatted(postId, channel, UUID.randomUUID(), reason, Instant.now()));
    }

    static String publishUnconfirmed(String eventId, UUID postId, String channel) {
        return envelope("sosmed.post.publish-unconfirmed.v1", eventId, postId, """
                {"postId":"%s","channelId":"%s","network":"X","attemptId":"%s","reason":"X did not answer within 30 s",
                 "since":"%s"}""".formatted(postId, channel, UUID.randomUUID(), Instant.now()));
    }

    private static String array(String... values) {
        return List.of(values).stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String envelope(String type, String eventId, UUID postId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/sosmed/schedule-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","dataschema":"urn:sosmed:event-schema:%s",
                 "workspaceid":"acme","data":%s}""".formatted(eventId, type, postId, Instant.now(), type, data);
    }
}
