package io.sosmed.schedule.planning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One content pillar of a workspace and its planned share of posts.
 *
 * @param key what posts carry in their {@code pillar} field
 * @param targetPercent planned percent of posts; null when the pillar is not part of the target mix
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PillarTarget(String key, String name, Integer targetPercent) {
}
