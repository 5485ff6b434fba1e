package io.sosmed.content.network;

/** What is known about one attachment; dimensions and duration are null when unknown. */
public record MediaFacts(String type, long sizeBytes, Integer width, Integer height, Double durationSeconds) {
}
