package io.sosmed.schedule.oauth;

import io.sosmed.schedule.channel.ChannelResponse;
import java.util.List;

/** The channels the choice connected (or reconnected), and the chosen accounts that were already connected. */
public record MetaSelectResult(List<ChannelResponse> channels, List<Skipped> alreadyConnected) {

    /** A chosen account that is already an active channel of the workspace. */
    public record Skipped(String network, String accountId, String detail) {
    }
}
