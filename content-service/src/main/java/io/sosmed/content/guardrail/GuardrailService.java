package io.sosmed.content.guardrail;

import io.quarkus.logging.Log;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keeps a workspace's brand guardrails and applies them to variants. */
@ApplicationScoped
public class GuardrailService {

    private final GuardrailRepository rules;

    public GuardrailService(GuardrailRepository rules) {
        this.rules = rules;
    }

    @Transactional
    public GuardrailRule create(String workspaceId, String actor, GuardrailRequest request) {
        request.requireFieldsOfKind();
        Instant now = Instant.now();
        GuardrailRule rule = new GuardrailRule();
        rule.id = UUID.randomUUID();
        rule.workspaceId = workspaceId;
        rule.createdBy = actor;
        rule.createdAt = now;
        apply(rule, request, now);
        rules.persist(rule);
        Log.infof("Guardrail %s (%s) created in workspace %s by %s", rule.id, rule.kind, workspaceId, actor);
        return rule;
    }

    @Transactional
    public GuardrailRule get(String workspaceId, UUID id) {
        return rules.findInWorkspace(workspaceId, id).orElseThrow(() -> ProblemException.notFound("Guardrail", id.toString()));
    }

    @Transactional
    public GuardrailPage list(String workspaceId, GuardrailKind kind, String cursor, int limit) {
        List<GuardrailRule> found = rules.page(workspaceId, kind, KeysetCursor.decodeOrNull(cursor), limit + 1);
        List<GuardrailRule> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? new KeysetCursor(page.get(limit - 1).createdAt, page.get(limit - 1).id).encode() : null;
        return new GuardrailPage(page.stream().map(GuardrailResponse::of).toList(), next);
    }

    @Transactional
    public GuardrailRule replace(String workspaceId, UUID id, GuardrailRequest request) {
        request.requireFieldsOfKind();
        GuardrailRule rule = get(workspaceId, id);
        apply(rule, request, Instant.now());
        rules.flush();
        return rule;
    }

    @Transactional
    public void delete(String workspaceId, UUID id) {
        rules.delete(get(workspaceId, id));
    }

    /** Applies every guardrail of the workspace to the variant. */
    @Transactional
    public GuardrailFindings check(String workspaceId, GuardedVariant variant) {
        return GuardrailChecker.check(rules.allOf(workspaceId).stream().map(GuardrailRule::toGuardrail).toList(), variant);
    }

    private static void apply(GuardrailRule rule, GuardrailRequest request, Instant now) {
        rule.name = request.name().strip();
        rule.kind = request.kind();
        rule.severity = request.severity();
        rule.terms = stripped(request.terms());
        rule.disclosures = stripped(request.disclosures());
        rule.network = request.network();
        rule.maxEmojis = request.maxEmojis();
        rule.linkPolicy = request.linkPolicy();
        rule.domains = request.domains() == null ? new ArrayList<>()
                : new ArrayList<>(request.domains().stream().map(LinkDomains::normalize).distinct().toList());
        rule.updatedAt = now;
    }

    private static List<String> stripped(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().map(String::strip).distinct().toList());
    }
}
