package io.sosmed.local.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How the simulated audience reacts to a post: reach grows with the square root of its age, a share of it engages,
 * and followers reply a few seconds after publishing (positive, negative and Indonesian texts, so the inbox, sentiment
 * and crisis detection have something to work on). Deterministic per post id.
 */
final class SimulatedAudience {

    /** Replies a post receives, each after its delay. */
    static final List<Reply> REPLIES = List.of(
            new Reply(Duration.ofSeconds(5), "ana_follows", "Ana Lima", "Love this, thanks for sharing! 🎉"),
            new Reply(Duration.ofSeconds(20), "budi_id", "Budi Santoso", "pelayanan kalian buruk sekali, saya kecewa"),
            new Reply(Duration.ofSeconds(45), "chris_w", "Chris Walker", "Is this available in Europe too?"));

    record Reply(Duration after, String handle, String name, String text) {
    }

    private SimulatedAudience() {
    }

    static long impressions(String postId, Instant publishedAt, Instant now) {
        double minutes = Math.max(0, Duration.between(publishedAt, now).toSeconds() / 60.0);
        return Math.round(appeal(postId) * 120 * Math.sqrt(minutes + 1));
    }

    static long likes(String postId, Instant publishedAt, Instant now) {
        return Math.round(impressions(postId, publishedAt, now) * 0.04 * appeal(postId));
    }

    static long shares(String postId, Instant publishedAt, Instant now) {
        return Math.round(impressions(postId, publishedAt, now) * 0.008 * appeal(postId));
    }

    static long repliesDue(Instant publishedAt, Instant now) {
        return REPLIES.stream().filter(r -> !publishedAt.plus(r.after()).isAfter(now)).count();
    }

    /** Between 0.5 and 1.5, fixed per post. */
    private static double appeal(String postId) {
        return 0.5 + Math.floorMod(postId.hashCode(), 1000) / 1000.0;
    }
}
