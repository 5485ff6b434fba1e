package io.sosmed.platform.event;

/** Kafka topic names shared by all services; a consumer's channel name equals its topic name. */
public final class Topics {

    public static final String POST_LIFECYCLE = "post-lifecycle";
    public static final String CHANNEL_EVENTS = "channel-events";
    public static final String ENGAGEMENT_METRICS = "engagement-metrics";
    public static final String INBOX_EVENTS = "inbox-events";
    public static final String WORKSPACE_EVENTS = "workspace-events";

    /** Suffix of the dead-letter topic that takes messages a consumer could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
