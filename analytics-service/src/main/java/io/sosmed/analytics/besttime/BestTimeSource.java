package io.sosmed.analytics.besttime;

/** Whose history the scores come from: the channel's own, or the network's when the channel has too little. */
public enum BestTimeSource {
    CHANNEL, NETWORK
}
