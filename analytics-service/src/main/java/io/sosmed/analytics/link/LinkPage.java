package io.sosmed.analytics.link;

import java.util.List;

/** One page of links, newest first; {@code next} is the cursor of the following page or null. */
public record LinkPage(List<LinkResponse> items, String next) {
}
