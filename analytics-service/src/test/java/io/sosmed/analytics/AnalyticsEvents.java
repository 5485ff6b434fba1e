package io.sosmed.analytics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.sosmed.platform.event.EventSchemas;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends the events other services produce, shaped as their JSON Schemas say, to the test broker. */
public final class AnalyticsEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalyticsEvents() {
    }

    /** Makes rest-assured read JSON decimals as doubles, so rates compare with {@code closeTo}. */
    public static void readDecimalsAsDoubles() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** A variant's content as content-service describes it. */
    public record Variant(String channelId, String text, int media, String mediaType, String link) {

        public static Variant text(String channelId, String text) {
            return new Variant(channelId, text, 0, null, null);
        }
    }

    public static void postCreated(String workspaceId, UUID postId, String campaignId, String pillar, List<String> tags,
            Variant... variants) {
        postSaved("sosmed.post.created.v1", 1, workspaceId, postId, campaignId, pillar, tags, variants);
    }

    /** A later version of a post (new campaign, pillar, tags or variants). */
    public static void postUpdated(String workspaceId, UUID postId, long version, String campaignId, String pillar,
            List<String> tags, Variant... variants) {
        postSaved("sosmed.post.updated.v1", version, workspaceId, postId, campaignId, pillar, tags, variants);
    }

    public static void postDeleted(String workspaceId, UUID postId, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("postId", postId.toString());
        data.put("deletedAt", at.toString());
        data.put("deletedBy", "user-eddie");
        data.put("restorableUntil", at.plusSeconds(30 * 86400).toString());
        send(Topics.POST_LIFECYCLE, postId.toString(), "sosmed.post.deleted.v1", workspaceId, postId.toString(), data);
    }

    private static void postSaved(String type, long version, String workspaceId, UUID postId, String campaignId,
            String pillar, List<String> tags, Variant... variants) {
        List<Map<String, Object>> list = java.util.Arrays.stream(variants).map(v -> {
            Map<String, Object> variant = new LinkedHashMap<>();
            variant.put("channelId", v.channelId());
            variant.put("text", v.text());
            variant.put("mediaIds", java.util.stream.IntStream.range(0, v.media()).mapToObj(i -> UUID.randomUUID().toString()).toList());
            variant.put("link", v.link());
            variant.put("options", v.mediaType() == null ? Map.of() : Map.of("mediaType", v.mediaType()));
            return variant;
        }).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("postId", postId.toString());
        data.put("title", "Post " + postId);
        data.put("status", "DRAFT");
        if (type.endsWith(".updated.v1")) {
            data.put("previousStatus", "DRAFT");
        }
        data.put("authorId", "user-eddie");
        data.put("campaignId", campaignId);
        data.put("pillar", pillar);
        data.put("tags", tags);
        data.put("createdAt", Instant.now().toString());
        data.put("updatedAt", Instant.now().toString());
        data.put("version", version);
        data.put("variants", list);
        send(Topics.POST_LIFECYCLE, postId.toString(), type, workspaceId, postId.toString(), data);
    }

    public static void postPublished(String workspaceId, UUID postId, String channelId, String network, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("postId", postId.toString());
        data.put("channelId", channelId);
        data.put("network", network);
        data.put("attemptId", UUID.randomUUID().toString());
        data.put("externalId", "ext-" + postId);
        data.put("url", "https://example.com/" + postId);
        data.put("publishedAt", at.toString());
        send(Topics.POST_LIFECYCLE, postId.toString(), "sosmed.post.published.v1", workspaceId, postId.toString(), data);
    }

    /** A metrics snapshot; {@code postId} null for a channel snapshot; counters by schema name. */
    public static String metrics(String workspaceId, String channelId, String network, UUID postId, Instant collectedAt,
            Map<String, Long> counters) {
        String json = metricsEvent(workspaceId, channelId, network, postId, collectedAt, counters);
        resend(Topics.ENGAGEMENT_METRICS, channelId, json);
        return json;
    }

    public static void channelConnected(String workspaceId, String channelId, String network, String zone, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("channelId", channelId);
        data.put("network", network);
        data.put("handle", "@" + channelId);
        data.put("displayName", channelId);
        data.put("instanceUrl", null);
        data.put("status", "ACTIVE");
        data.put("zone", zone);
        data.put("limits", Map.of());
        data.put("at", at.toString());
        send(Topics.CHANNEL_EVENTS, channelId, "sosmed.channel.connected.v1", workspaceId, channelId, data);
    }

    public static void campaignSaved(String workspaceId, String campaignId, String name, String budget, String currency,
            long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("campaignId", campaignId);
        data.put("name", name);
        data.put("startsOn", null);
        data.put("endsOn", null);
        data.put("budget", budget);
        data.put("currency", currency);
        data.put("version", version);
        data.put("archived", false);
        send(Topics.WORKSPACE_EVENTS, workspaceId, "sosmed.campaign.saved.v1", workspaceId, campaignId, data);
    }

    /** Sends one CloudEvent and returns its JSON (to replay it byte for byte). */
    public static String send(String topic, String key, String type, String workspaceId, String subject, Object data) {
        String json = event(type, workspaceId, subject, data);
        resend(topic, key, json);
        return json;
    }

    /** A metrics snapshot's CloudEvent JSON, not sent (see {@link #metrics}). */
    public static String metricsEvent(String workspaceId, String channelId, String network, UUID postId,
            Instant collectedAt, Map<String, Long> counters) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("channelId", channelId);
        data.put("network", network);
        data.put("postId", postId == null ? null : postId.toString());
        data.put("externalId", postId == null ? null : "ext-" + postId);
        data.put("collectedAt", collectedAt.toString());
        data.put("metrics", counters);
        return event("sosmed.metrics.collected.v1", workspaceId, channelId, data);
    }

    /** One CloudEvent as JSON, checked against its schema. */
    public static String event(String type, String workspaceId, String subject, Object data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/sosmed/test");
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("dataschema", "urn:sosmed:event-schema:" + type);
        event.put("workspaceid", workspaceId);
        event.set("data", JSON.valueToTree(data));
        List<String> violations = EventSchemas.violations(event);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type + " test event breaks its schema: " + violations);
        }
        return event.toString();
    }

    public static void resend(String topic, String key, String json) {
        new KafkaTestClient(KafkaTestResource.bootstrapServers()).sendCloudEvent(topic, key, json);
    }
}
