package io.sosmed.schedule.timing;

import java.util.Objects;

/** How a wall-clock time that falls in a DST gap or overlap becomes an instant; {@link #DEFAULT} refuses gaps and takes the earlier overlap. */
public record WallClockPolicy(DstGap gap, DstOverlap overlap) {

    public static final WallClockPolicy DEFAULT = new WallClockPolicy(DstGap.REFUSE, DstOverlap.EARLIER);

    public WallClockPolicy {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(overlap, "overlap");
    }

    /** The policy for request fields that may be absent: a missing one takes the default. */
    public static WallClockPolicy of(DstGap gap, DstOverlap overlap) {
        return new WallClockPolicy(gap == null ? DEFAULT.gap : gap, overlap == null ? DEFAULT.overlap : overlap);
    }
}
