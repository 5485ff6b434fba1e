package io.sosmed.content.importing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What rows of one import may refer to, loaded once for the whole file: the workspace's media among those the
 * rows name, its campaigns (by id and by lower-case name) and its pillar keys.
 */
record WorkspaceLibrary(Set<UUID> media, Set<UUID> campaignIds, Map<String, UUID> campaignsByName, Set<String> pillars) {

    /** A campaign given by id or by name (case-insensitive). */
    Optional<UUID> campaign(String reference) {
        try {
            UUID id = UUID.fromString(reference);
            return campaignIds.contains(id) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.ofNullable(campaignsByName.get(reference.toLowerCase(Locale.ROOT)));
        }
    }
}
