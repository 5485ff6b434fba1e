package io.sosmed.analytics.metrics;

/**
 * A snapshot's engagement rate: engagements over the network's preferred denominator ({@link Network#bases()}).
 * {@code rate} is null when no denominator is known or all are zero.
 */
public record EngagementRate(long engagements, Network.RateBasis basis, Long denominator, Double rate) {

    /**
     * @param channelFollowers the channel's follower count at the time, used when the snapshot carries none
     */
    public static EngagementRate of(Network network, Counters counters, Long channelFollowers) {
        long engagements = counters.engagements();
        for (Network.RateBasis basis : network.bases()) {
            Long denominator = counters.count(basis);
            if (denominator == null && basis == Network.RateBasis.FOLLOWERS) {
                denominator = channelFollowers;
            }
            if (denominator != null && denominator > 0) {
                return new EngagementRate(engagements, basis, denominator, (double) engagements / denominator);
            }
        }
        return new EngagementRate(engagements, null, null, null);
    }
}
