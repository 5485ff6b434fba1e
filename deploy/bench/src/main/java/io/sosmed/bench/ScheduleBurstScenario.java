package io.sosmed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sosmed.local.SosmedService;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * 10,000 variants due in the same minute (1,000 approved posts on 10 Mastodon channels of the simulated network,
 * which answers every call after 100 ms): how late each is published, how fast the burst drains, and that no variant
 * is published twice. Then the same burst with a second schedule-service replica on the same database.
 */
final class ScheduleBurstScenario implements Scenario {

    private static final int CHANNELS = 10;
    private static final int POSTS = 1_000;
    private static final int VARIANTS = CHANNELS * POSTS;
    private static final Duration TARGET = Duration.ofSeconds(60);
    private static final int SECOND_REPLICA_PORT = 8092;

    @Override
    public String name() {
        return "schedule-burst";
    }

    @Override
    public String description() {
        return "10,000 variants due in the same minute on a simulated network with 100 ms per call; "
                + "one replica, then two replicas on the same database";
    }

    @Override
    public ScenarioResult run(BenchContext context) throws Exception {
        List<String> channels = connectChannels(context);
        Map<String, Object> one = burst(context, channels, "one");
        Map<String, Object> two;
        try (AutoCloseable replica = context.startReplica(SosmedService.SCHEDULE, SECOND_REPLICA_PORT)) {
            two = burst(context, channels, "two");
        }
        double ratio = ((Number) two.get("variantsPerSecond")).doubleValue()
                / ((Number) one.get("variantsPerSecond")).doubleValue();
        boolean met = (boolean) one.get("allWithinTarget") && (long) one.get("duplicates") == 0
                && (long) two.get("duplicates") == 0;
        return ScenarioResult.of(this, "10,000 variants due in one minute all published within 60 s; "
                        + "two replicas: zero duplicates")
                .measured("oneReplica", one)
                .measured("twoReplicas", two)
                .measured("throughputRatioTwoToOne", Math.round(ratio * 100) / 100.0)
                .notes("Lateness = publishedAt - scheduledAt from each post.published event. Both replicas share "
                        + "the machine's 2 cores with Kafka, PostgreSQL, Keycloak and the other services.")
                .met(met);
    }

    private static List<String> connectChannels(BenchContext context) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i++) {
            ObjectNode body = context.json().createObjectNode().put("network", "MASTODON")
                    .put("instanceUrl", "http://localhost:" + context.simulatorPort() + "/mastodon").put("zone", "UTC");
            body.putObject("credentials").put("accessToken", "bench-token-" + i + "-" + UUID.randomUUID());
            JsonNode channel = context.sendForJson(context.request(SosmedService.SCHEDULE,
                    "/api/v1/workspaces/acme/channels", "alice").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
            ids.add(channel.path("id").asText());
        }
        return ids;
    }

    private static Map<String, Object> burst(BenchContext context, List<String> channels, String label)
            throws Exception {
        Set<String> postIds = new HashSet<>();
        try (PacedProducer producer = new PacedProducer(context.kafkaBootstrapServers(), "post-lifecycle")) {
            producer.send(POSTS, 2_000, i -> {
                String postId = UUID.randomUUID().toString();
                postIds.add(postId);
                return new PacedProducer.Message(postId, CloudEvents.envelope("post.created", "acme", postId,
                        snapshot(postId, label + " burst post " + i, channels)));
            });
        }
        new RowCountWatch(context, SosmedService.SCHEDULE, "select count(*) from schedulable_post where post_id in ("
                + String.join(",", postIds.stream().map(id -> "'" + id + "'").toList()) + ")")
                .awaitCount(POSTS, System.nanoTime(), Duration.ofMinutes(2));
        Instant due = Instant.now().plus(2, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        String at = due.atOffset(ZoneOffset.UTC).toLocalDateTime().toString();
        for (String postId : postIds) {
            ObjectNode body = context.json().createObjectNode().put("postId", postId).put("mode", "AT")
                    .put("at", at).put("zone", "UTC");
            context.sendForJson(context.request(SosmedService.SCHEDULE, "/api/v1/workspaces/acme/schedules", "paula")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }
        if (Instant.now().isAfter(due)) {
            throw new IllegalStateException("Scheduling 1,000 posts took past their due minute " + due);
        }
        List<PublishedEvents.Published> published;
        try (PublishedEvents events = new PublishedEvents(context.kafkaBootstrapServers())) {
            published = events.collect(postIds, VARIANTS, Duration.between(Instant.now(), due).plusMinutes(5));
        }
        Set<String> variants = new HashSet<>();
        Latencies lateness = new Latencies();
        Instant last = due;
        for (PublishedEvents.Published p : published) {
            variants.add(p.postId() + "/" + p.channelId());
            lateness.add(Duration.between(due, p.publishedAt()).toNanos());
            if (p.publishedAt().isAfter(last)) {
                last = p.publishedAt();
            }
        }
        double drainSeconds = Math.max(0.001, Duration.between(due, last).toMillis() / 1000.0);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("variantsDue", VARIANTS);
        result.put("variantsPublished", variants.size());
        result.put("duplicates", (long) (published.size() - variants.size()));
        result.put("latenessP50Seconds", round(lateness.count() == 0 ? -1 : lateness.percentileMillis(50) / 1000));
        result.put("latenessP99Seconds", round(lateness.count() == 0 ? -1 : lateness.percentileMillis(99) / 1000));
        result.put("lastPublishedAfterSeconds", round(drainSeconds));
        result.put("variantsPerSecond", Math.round(variants.size() / drainSeconds));
        result.put("allWithinTarget", variants.size() == VARIANTS && drainSeconds <= TARGET.toSeconds());
        return result;
    }

    private static ObjectNode snapshot(String postId, String title, List<String> channels) {
        String now = Instant.now().toString();
        ObjectNode data = CloudEvents.object().put("postId", postId).put("title", title).put("status", "DRAFT")
                .put("authorId", "user-eddie").put("createdAt", now).put("updatedAt", now).put("version", 0)
                .put("approvalRequired", false);
        ArrayNode variants = data.putArray("variants");
        for (String channel : channels) {
            variants.addObject().put("channelId", channel).put("text", title + " on " + channel + " #bench");
        }
        return data;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
