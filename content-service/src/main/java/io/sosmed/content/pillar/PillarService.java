package io.sosmed.content.pillar;

import io.quarkus.logging.Log;
import io.sosmed.content.library.LibraryPage;
import io.sosmed.content.library.LibraryProblems;
import io.sosmed.content.library.Timestamps;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Manages a workspace's content pillars, its target mix and the comparison with what was actually posted. */
@ApplicationScoped
public class PillarService {

    /** Path segments under {@code /pillars} that are not pillar keys. */
    static final Set<String> RESERVED_KEYS = Set.of("targets", "mix");

    private final PillarRepository pillars;
    private final PillarLibrary library;
    private final PillarEvents events;
    private final EntityManager em;

    public PillarService(PillarRepository pillars, PillarLibrary library, PillarEvents events, EntityManager em) {
        this.pillars = pillars;
        this.library = library;
        this.events = events;
        this.em = em;
    }

    @Transactional
    public ContentPillar create(String workspaceId, PillarRequest request) {
        library.ensureSeeded(workspaceId);
        if (RESERVED_KEYS.contains(request.key())) {
            throw LibraryProblems.unprocessable("key", "'" + request.key() + "' is reserved; choose another key");
        }
        if (pillars.findByKey(workspaceId, request.key()).isPresent()) {
            throw new ProblemException(409, "pillar-exists", "Pillar already exists",
                    "The workspace already has a pillar '" + request.key() + "'",
                    List.of(new Problem.FieldError("key", "already used in this workspace")));
        }
        ContentPillar pillar = new ContentPillar();
        pillar.id = UUID.randomUUID();
        pillar.workspaceId = workspaceId;
        pillar.key = request.key();
        pillar.name = request.name().strip();
        pillar.description = request.description();
        pillar.createdAt = Timestamps.now();
        pillar.updatedAt = pillar.createdAt;
        pillars.persist(pillar);
        events.saved(workspaceId);
        Log.infof("Pillar %s created in workspace %s", pillar.key, workspaceId);
        return pillar;
    }

    @Transactional
    public ContentPillar get(String workspaceId, String key) {
        library.ensureSeeded(workspaceId);
        return pillars.findByKey(workspaceId, key).orElseThrow(() -> ProblemException.notFound("Pillar", key));
    }

    @Transactional
    public LibraryPage<PillarResponse> list(String workspaceId, String cursor, int limit) {
        library.ensureSeeded(workspaceId);
        return LibraryPage.of(pillars.findPage(workspaceId, KeysetCursor.decodeOrNull(cursor), limit + 1), limit,
                p -> p.createdAt, p -> p.id, PillarResponse::of);
    }

    @Transactional
    public ContentPillar update(String workspaceId, String key, PillarUpdate update) {
        ContentPillar pillar = get(workspaceId, key);
        pillar.name = update.name().strip();
        pillar.description = update.description();
        pillar.updatedAt = Timestamps.now();
        events.saved(workspaceId);
        return pillar;
    }

    /** Refused while live posts carry the pillar or while it has a share of the target mix. */
    @Transactional
    public void delete(String workspaceId, String key) {
        ContentPillar pillar = get(workspaceId, key);
        if (pillar.targetPercent != null && pillar.targetPercent > 0) {
            throw new ProblemException(409, "pillar-in-target-mix", "Pillar is part of the target mix",
                    "Give '" + key + "' no share in PUT /pillars/targets before deleting it");
        }
        long using = pillars.postsUsing(workspaceId, key);
        if (using > 0) {
            throw new ProblemException(409, "pillar-in-use", "Pillar is in use",
                    using + " post(s) carry the pillar '" + key + "'; move them to another pillar first");
        }
        pillars.delete(pillar);
        events.saved(workspaceId);
        Log.infof("Pillar %s deleted from workspace %s", key, workspaceId);
    }

    @Transactional
    public TargetMix targets(String workspaceId) {
        library.ensureSeeded(workspaceId);
        return new TargetMix(pillars.findAll(workspaceId).stream().filter(p -> p.targetPercent != null)
                .map(p -> new TargetMix.Target(p.key, p.targetPercent)).toList());
    }

    /** Replaces the whole target mix at once: known pillars, each once, summing to 100 (or none at all). */
    @Transactional
    public TargetMix replaceTargets(String workspaceId, TargetMix mix) {
        library.ensureSeeded(workspaceId);
        List<ContentPillar> all = pillars.findAll(workspaceId);
        Map<String, ContentPillar> byKey = new HashMap<>();
        all.forEach(p -> byKey.put(p.key, p));
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < mix.targets().size(); i++) {
            TargetMix.Target target = mix.targets().get(i);
            if (!byKey.containsKey(target.pillar())) {
                errors.add(new Problem.FieldError("targets[" + i + "].pillar", "no pillar '" + target.pillar() + "' in this workspace"));
            } else if (!seen.add(target.pillar())) {
                errors.add(new Problem.FieldError("targets[" + i + "].pillar", "'" + target.pillar() + "' is listed twice"));
            }
            sum += target.percent();
        }
        if (!mix.targets().isEmpty() && sum != 100) {
            errors.add(new Problem.FieldError("targets", "percentages must sum to 100, they sum to " + sum));
        }
        if (!errors.isEmpty()) {
            throw LibraryProblems.unprocessable(errors);
        }
        Instant now = Timestamps.now();
        Map<String, Integer> percents = new HashMap<>();
        mix.targets().forEach(t -> percents.put(t.pillar(), t.percent()));
        for (ContentPillar pillar : all) {
            pillar.targetPercent = percents.get(pillar.key);
            pillar.updatedAt = now;
        }
        events.saved(workspaceId);
        Log.infof("Target mix of workspace %s set to %s", workspaceId, percents);
        return targets(workspaceId);
    }

    /**
     * Live posts per pillar whose date (planned time, else creation time) falls on {@code from} .. {@code to}
     * (both inclusive, calendar days in {@code zone}), against the target mix.
     */
    @Transactional
    public PillarMix mix(String workspaceId, LocalDate from, LocalDate to, ZoneId zone) {
        library.ensureSeeded(workspaceId);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select pillar, count(*) from post
                        where workspace_id = ?1 and deleted_at is null
                          and coalesce(planned_at, created_at) >= ?2 and coalesce(planned_at, created_at) < ?3
                        group by pillar""")
                .setParameter(1, workspaceId).setParameter(2, Timestamp.from(start)).setParameter(3, Timestamp.from(end))
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new PillarMix(from, to, zone.getId(), total, MixCalculator.shares(pillars.findAll(workspaceId), counts));
    }
}
