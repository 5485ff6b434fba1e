package io.sosmed.schedule.channel;

import java.util.List;

/** One page of channels, newest first; {@code nextCursor} is null on the last page. */
public record ChannelPage(List<ChannelResponse> items, String nextCursor) {
}
