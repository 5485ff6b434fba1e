package io.sosmed.content.importing;

import io.sosmed.content.pillar.PillarLibrary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads, with a handful of queries for the whole file, everything an import's rows may refer to. */
@ApplicationScoped
class WorkspaceLibraryLoader {

    private final EntityManager em;
    private final PillarLibrary pillars;

    WorkspaceLibraryLoader(EntityManager em, PillarLibrary pillars) {
        this.em = em;
        this.pillars = pillars;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    WorkspaceLibrary load(String workspaceId, List<ImportRow> rows) {
        pillars.ensureSeeded(workspaceId);
        Set<String> pillarKeys = new HashSet<>(em.createQuery(
                        "select p.key from ContentPillar p where p.workspaceId = :ws", String.class)
                .setParameter("ws", workspaceId).getResultList());
        Set<UUID> campaignIds = new HashSet<>();
        Map<String, UUID> campaignsByName = new HashMap<>();
        em.createQuery("select c.id, c.name from Campaign c where c.workspaceId = :ws", Object[].class)
                .setParameter("ws", workspaceId).getResultList().forEach(row -> {
                    campaignIds.add((UUID) row[0]);
                    campaignsByName.put(((String) row[1]).toLowerCase(Locale.ROOT), (UUID) row[0]);
                });
        Set<UUID> named = mediaIdsNamedIn(rows);
        Set<UUID> media = named.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                        "select m.id from Media m where m.workspaceId = :ws and m.id in :ids", UUID.class)
                .setParameter("ws", workspaceId).setParameter("ids", named).getResultList());
        return new WorkspaceLibrary(media, campaignIds, campaignsByName, pillarKeys);
    }

    private static Set<UUID> mediaIdsNamedIn(List<ImportRow> rows) {
        Set<UUID> ids = new HashSet<>();
        for (ImportRow row : rows) {
            for (String reference : RowInterpreter.split(row.get(ImportColumn.MEDIA))) {
                try {
                    ids.add(UUID.fromString(reference));
                } catch (IllegalArgumentException notAnId) {
                    // reported by RowInterpreter with the row
                }
            }
        }
        return ids;
    }
}
