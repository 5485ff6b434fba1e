package io.sosmed.analytics.link;

import java.util.List;

/** Clicks on the workspace's links rolled up to posts, channels or campaigns. */
public record ClickRollup(String groupBy, List<Row> rows) {

    /** One post, channel or campaign ("(none)" for links without one). */
    public record Row(String key, long links, Clicks clicks) {
    }
}
