package io.sosmed.content.pillar;

import io.sosmed.content.library.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Gives every workspace a starting set of pillars the first time it uses them: education 40%, product 20%,
 * community 20% and promotion 20%. Editors change, add and remove pillars from there.
 */
@ApplicationScoped
public class PillarLibrary {

    /** A default pillar and its share of the default target mix. */
    record DefaultPillar(String key, String name, String description, int targetPercent) {
    }

    static final List<DefaultPillar> DEFAULTS = List.of(
            new DefaultPillar("education", "Education", "Teach something useful: how-tos, tips, explainers", 40),
            new DefaultPillar("product", "Product", "What the product does, launches and updates", 20),
            new DefaultPillar("community", "Community", "Customers, partners, the team and their stories", 20),
            new DefaultPillar("promotion", "Promotion", "Offers, events and calls to buy", 20));

    private final EntityManager em;
    private final PillarRepository pillars;
    private final PillarEvents events;

    public PillarLibrary(EntityManager em, PillarRepository pillars, PillarEvents events) {
        this.em = em;
        this.pillars = pillars;
        this.events = events;
    }

    /** Seeds the defaults once per workspace (announced with {@code pillars.saved}), one microsecond apart so they list in this order; concurrent first uses wait on the marker row and seed only once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureSeeded(String workspaceId) {
        int claimed = em.createNativeQuery(
                        "insert into pillar_library (workspace_id, seeded_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, workspaceId).executeUpdate();
        if (claimed == 0) {
            return;
        }
        Instant now = Timestamps.now();
        for (DefaultPillar seed : DEFAULTS) {
            ContentPillar pillar = new ContentPillar();
            pillar.id = UUID.randomUUID();
            pillar.workspaceId = workspaceId;
            pillar.key = seed.key();
            pillar.name = seed.name();
            pillar.description = seed.description();
            pillar.targetPercent = seed.targetPercent();
            pillar.createdAt = now.plus(DEFAULTS.indexOf(seed), ChronoUnit.MICROS);
            pillar.updatedAt = pillar.createdAt;
            pillars.persist(pillar);
        }
        events.saved(workspaceId);
    }

    /** Whether the workspace has a pillar with this key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(String workspaceId, String key) {
        ensureSeeded(workspaceId);
        return pillars.findByKey(workspaceId, key).isPresent();
    }
}
