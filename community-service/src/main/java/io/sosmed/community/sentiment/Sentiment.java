package io.sosmed.community.sentiment;

/**
 * What a text says about its subject: the most likely label and a score from -1 (surely negative)
 * to +1 (surely positive), the probability of positive minus the probability of negative.
 */
public record Sentiment(SentimentLabel label, double score) {
}
