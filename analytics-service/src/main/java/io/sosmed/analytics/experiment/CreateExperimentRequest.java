package io.sosmed.analytics.experiment;

import java.util.List;
import java.util.UUID;

/** An experiment over 2+ published variants; minimumEffect is the smallest absolute rate difference worth finding. */
public record CreateExperimentRequest(String name, ExperimentVariable variable, ExperimentMetric metric,
        Double minimumEffect, List<ArmRequest> arms) {

    /** A published variant: the post and the channel it went out on; label defaults to A, B, C... */
    public record ArmRequest(UUID postId, String channelId, String label) {
    }
}
