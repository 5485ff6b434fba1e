package io.sosmed.schedule.queue;

import java.util.List;
import java.util.UUID;

/** {@code POST .../queue/reorder}: every queued publication of the channel, in the order they should go out. */
public record ReorderRequest(List<UUID> publicationIds) {
}
