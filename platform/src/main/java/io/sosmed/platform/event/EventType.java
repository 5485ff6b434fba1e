package io.sosmed.platform.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type Sosmed publishes, with the topic it travels on; each has a JSON Schema under
 * {@code events/schemas/<type>.json} and an entry in {@code events/asyncapi.yaml}.
 */
public enum EventType {

    POST_CREATED("sosmed.post.created.v1", Topics.POST_LIFECYCLE),
    POST_UPDATED("sosmed.post.updated.v1", Topics.POST_LIFECYCLE),
    POST_DELETED("sosmed.post.deleted.v1", Topics.POST_LIFECYCLE),
    POST_SUBMITTED("sosmed.post.submitted.v1", Topics.POST_LIFECYCLE),
    POST_APPROVED("sosmed.post.approved.v1", Topics.POST_LIFECYCLE),
    POST_REJECTED("sosmed.post.rejected.v1", Topics.POST_LIFECYCLE),
    POST_SCHEDULED("sosmed.post.scheduled.v1", Topics.POST_LIFECYCLE),
    POST_RESCHEDULED("sosmed.post.rescheduled.v1", Topics.POST_LIFECYCLE),
    POST_UNSCHEDULED("sosmed.post.unscheduled.v1", Topics.POST_LIFECYCLE),
    POST_PUBLISHED("sosmed.post.published.v1", Topics.POST_LIFECYCLE),
    POST_PUBLISH_FAILED("sosmed.post.publish-failed.v1", Topics.POST_LIFECYCLE),
    POST_PUBLISH_UNCONFIRMED("sosmed.post.publish-unconfirmed.v1", Topics.POST_LIFECYCLE),
    CHANNEL_CONNECTED("sosmed.channel.connected.v1", Topics.CHANNEL_EVENTS),
    CHANNEL_UPDATED("sosmed.channel.updated.v1", Topics.CHANNEL_EVENTS),
    CHANNEL_DISCONNECTED("sosmed.channel.disconnected.v1", Topics.CHANNEL_EVENTS),
    METRICS_COLLECTED("sosmed.metrics.collected.v1", Topics.ENGAGEMENT_METRICS),
    BEST_TIMES_UPDATED("sosmed.best-times.updated.v1", Topics.ENGAGEMENT_METRICS),
    INBOX_ITEM_RECEIVED("sosmed.inbox.item.received.v1", Topics.INBOX_EVENTS),
    INBOX_REPLY_REQUESTED("sosmed.inbox.reply.requested.v1", Topics.INBOX_EVENTS),
    INBOX_REPLY_SENT("sosmed.inbox.reply.sent.v1", Topics.INBOX_EVENTS),
    INBOX_REPLY_FAILED("sosmed.inbox.reply.failed.v1", Topics.INBOX_EVENTS),
    CONVERSATION_SLA_BREACHED("sosmed.conversation.sla-breached.v1", Topics.INBOX_EVENTS),
    CONVERSATION_CLOSED("sosmed.conversation.closed.v1", Topics.INBOX_EVENTS),
    CONVERSATION_ESCALATED("sosmed.conversation.escalated.v1", Topics.INBOX_EVENTS),
    PUBLISHING_PAUSED("sosmed.publishing.paused.v1", Topics.WORKSPACE_EVENTS),
    PUBLISHING_RESUMED("sosmed.publishing.resumed.v1", Topics.WORKSPACE_EVENTS),
    CRISIS_DETECTED("sosmed.crisis.detected.v1", Topics.WORKSPACE_EVENTS),
    CRISIS_CLEARED("sosmed.crisis.cleared.v1", Topics.WORKSPACE_EVENTS),
    CAMPAIGN_SAVED("sosmed.campaign.saved.v1", Topics.WORKSPACE_EVENTS),
    PILLARS_SAVED("sosmed.pillars.saved.v1", Topics.WORKSPACE_EVENTS);

    private static final String SCHEMA_URN_PREFIX = "urn:sosmed:event-schema:";

    private final String type;
    private final String topic;

    EventType(String type, String topic) {
        this.type = type;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code sosmed.post.created.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code dataschema}; every service serves it at {@code /api/v1/events/schemas/<type>.json}. */
    public String schemaUri() {
        return SCHEMA_URN_PREFIX + type;
    }

    public String schemaResource() {
        return "events/schemas/" + type + ".json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
