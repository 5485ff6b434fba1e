package io.sosmed.community.crisis;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sosmed.community.settings.SettingKind;
import io.sosmed.community.settings.WorkspaceSettings;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Watches each workspace's negative items: the last 15 minutes against the 672 fifteen-minute windows of the week
 * before; a spike by the workspace's {@link CrisisPolicy} opens a crisis and emits {@code crisis.detected}. Items
 * counted for a crisis an admin cleared do not count again: the window starts no earlier than the clearing.
 */
@ApplicationScoped
public class CrisisWatch {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int BASELINE_WINDOWS = 7 * 24 * 4;
    private static final int SAMPLE_ITEMS = 10;
    private static final int TOP_TERMS = 5;

    private final EntityManager em;
    private final CrisisRepository crises;
    private final WorkspaceSettings settings;
    private final Outbox outbox;

    public CrisisWatch(EntityManager em, CrisisRepository crises, WorkspaceSettings settings, Outbox outbox) {
        this.em = em;
        this.crises = crises;
        this.settings = settings;
        this.outbox = outbox;
    }

    @Scheduled(identity = "crisis-watch", every = "${sosmed.crisis.check-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (String workspaceId : workspacesWithNegativeItems(now.minus(WINDOW))) {
            QuarkusTransaction.requiringNew().run(() -> checkWorkspace(workspaceId, now));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> workspacesWithNegativeItems(Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select distinct workspace_id from inbox_item where sentiment = 'NEGATIVE' and received_at > ?1")
                .setParameter(1, since).getResultList());
    }

    void checkWorkspace(String workspaceId, Instant now) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "crisis|" + workspaceId).getSingleResult();
        if (crises.findActive(workspaceId).isPresent()) {
            return;
        }
        Instant windowStart = crises.lastClearedAt(workspaceId).filter(cleared -> cleared.isAfter(now.minus(WINDOW)))
                .orElse(now.minus(WINDOW));
        long current = ((Number) em.createNativeQuery("""
                        select count(*) from inbox_item
                        where workspace_id = ?1 and sentiment = 'NEGATIVE' and received_at > ?2 and received_at <= ?3""")
                .setParameter(1, workspaceId).setParameter(2, windowStart).setParameter(3, now).getSingleResult())
                .longValue();
        CrisisPolicy policy = settings.read(workspaceId, SettingKind.CRISIS_POLICY, CrisisPolicy.class)
                .orElse(CrisisPolicy.DEFAULT).withDefaults();
        if (current < policy.minimumCount()) {
            return;
        }
        SpikeRule.Verdict verdict = SpikeRule.judge(current, baseline(workspaceId, now.minus(WINDOW)), policy.zScore(),
                policy.minimumCount());
        if (verdict.spike()) {
            open(workspaceId, now, windowStart, (int) current, verdict, policy.autoPause());
        }
    }

    /** Negative items per 15-minute window over the week before {@code windowStart}, oldest window last. */
    private long[] baseline(String workspaceId, Instant windowStart) {
        long[] windows = new long[BASELINE_WINDOWS];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select cast(floor(extract(epoch from (?2 - received_at)) / ?4) as integer) as bucket, count(*)
                        from inbox_item
                        where workspace_id = ?1 and sentiment = 'NEGATIVE' and received_at <= ?2 and received_at > ?3
                        group by 1""")
                .setParameter(1, workspaceId).setParameter(2, windowStart)
                .setParameter(3, windowStart.minus(WINDOW.multipliedBy(BASELINE_WINDOWS)))
                .setParameter(4, WINDOW.toSeconds())
                .getResultList();
        for (Object[] row : rows) {
            int bucket = ((Number) row[0]).intValue();
            if (bucket >= 0 && bucket < BASELINE_WINDOWS) {
                windows[bucket] += ((Number) row[1]).longValue();
            }
        }
        return windows;
    }

    private void open(String workspaceId, Instant now, Instant windowStart, int count, SpikeRule.Verdict verdict,
            boolean autoPause) {
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("""
                        select cast(id as text), text from inbox_item
                        where workspace_id = ?1 and sentiment = 'NEGATIVE' and received_at > ?2 and received_at <= ?3
                        order by received_at desc limit 500""")
                .setParameter(1, workspaceId).setParameter(2, windowStart).setParameter(3, now).getResultList();
        List<String> texts = new ArrayList<>();
        List<String> sample = new ArrayList<>();
        for (Object[] item : items) {
            texts.add((String) item[1]);
            if (sample.size() < SAMPLE_ITEMS) {
                sample.add((String) item[0]);
            }
        }
        Crisis crisis = new Crisis();
        crisis.id = UUID.randomUUID();
        crisis.workspaceId = workspaceId;
        crisis.status = Crisis.Status.ACTIVE;
        crisis.detectedAt = now;
        crisis.windowStart = windowStart;
        crisis.windowEnd = now;
        crisis.negativeCount = count;
        crisis.baselineMean = verdict.mean();
        crisis.baselineStdDev = verdict.standardDeviation();
        crisis.threshold = verdict.threshold();
        crisis.topTerms = new ArrayList<>(TopTerms.of(texts, TOP_TERMS));
        crisis.sampleItemIds = sample;
        crisis.autoPause = autoPause;
        crises.persist(crisis);
        Log.warnf("Crisis %s detected in workspace %s: %d negative items in 15 minutes (baseline %.2f ± %.2f)",
                crisis.id, workspaceId, count, verdict.mean(), verdict.standardDeviation());
        outbox.record(EventType.CRISIS_DETECTED, workspaceId, workspaceId, crisis.id.toString(),
                new CrisisDetected(crisis.id, now, windowStart, now, count, verdict.mean(), verdict.standardDeviation(),
                        verdict.threshold(), List.copyOf(crisis.topTerms), List.copyOf(sample), autoPause));
    }
}
