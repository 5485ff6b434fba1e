package io.sosmed.schedule.planning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code sosmed.planning.*}. */
@ConfigMapping(prefix = "sosmed.planning")
public interface PlanningConfig {

    /** A channel whose week is committed above this percent is flagged, so the rest stays free for last-minute work. */
    @WithDefault("80")
    int capacityWarningPercent();

    /** The longest period one mix report may span, in days. */
    @WithDefault("366")
    int maxMixDays();
}
