package io.sosmed.analytics.conversion;

import io.quarkus.logging.Log;
import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores conversions once per external id with their resolved touches. */
@ApplicationScoped
public class Conversions {

    static final int MAX_EXTERNAL_ID = 200;
    static final int MAX_TOUCHES = 50;
    /** Clock skew allowed for occurredAt in the future. */
    static final Duration FUTURE_SKEW = Duration.ofMinutes(5);

    private final Database db;
    private final TouchResolver touches;

    public Conversions(Database db, TouchResolver touches) {
        this.db = db;
        this.touches = touches;
    }

    /** Where a conversion came in. */
    public enum Channel {
        API, WEBHOOK
    }

    @Transactional
    public ConversionResponse record(String workspaceId, ConversionRequest request, Channel via) {
        validate(request);
        Optional<ConversionResponse> existing = find(workspaceId, request.externalId());
        if (existing.isPresent()) {
            Log.infof("Conversion %s in workspace %s already recorded; ignoring the duplicate", request.externalId(),
                    workspaceId);
            ConversionResponse known = existing.get();
            return new ConversionResponse(known.id(), known.externalId(), known.kind(), known.occurredAt(),
                    known.value(), known.currency(), known.touches(), true);
        }
        UUID id = UUID.randomUUID();
        int inserted = db.update("insert into conversion (id, workspace_id, external_id, kind, occurred_at, value, "
                        + "currency, received_via, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (workspace_id, external_id) do nothing", id, workspaceId, request.externalId(),
                request.kind(), request.occurredAt(), request.value(), request.currency(), via, Instant.now());
        if (inserted == 0) {
            return find(workspaceId, request.externalId()).map(c -> new ConversionResponse(c.id(), c.externalId(),
                    c.kind(), c.occurredAt(), c.value(), c.currency(), c.touches(), true)).orElseThrow();
        }
        int position = 0;
        for (ConversionRequest.Touchpoint touch : touchpoints(request)) {
            Optional<ConversionResponse.Touch> resolved = touches.resolve(workspaceId, touch, request.occurredAt());
            if (resolved.isPresent()) {
                ConversionResponse.Touch t = resolved.get();
                db.update("insert into conversion_touch (conversion_id, position, link_id, post_id, channel_id, "
                        + "campaign_id, touched_at) values (?, ?, ?, ?, ?, ?, ?)", id, position++, t.linkId(),
                        t.postId(), t.channelId(), t.campaignId(), t.at());
            }
        }
        return find(workspaceId, request.externalId()).orElseThrow();
    }

    private Optional<ConversionResponse> find(String workspaceId, String externalId) {
        return db.query("select * from conversion where workspace_id = ? and external_id = ?",
                row -> new ConversionResponse(row.uuid("id"), row.string("external_id"),
                        ConversionKind.valueOf(row.string("kind")), row.instant("occurred_at"), row.decimal("value"),
                        row.string("currency"), List.of(), false), workspaceId, externalId).stream().findFirst()
                .map(c -> new ConversionResponse(c.id(), c.externalId(), c.kind(), c.occurredAt(), c.value(),
                        c.currency(), db.query("select * from conversion_touch where conversion_id = ? order by position",
                        row -> new ConversionResponse.Touch(row.uuid("link_id"), row.uuid("post_id"),
                                row.string("channel_id"), row.string("campaign_id"), row.instant("touched_at")),
                        c.id()), false));
    }

    private static List<ConversionRequest.Touchpoint> touchpoints(ConversionRequest request) {
        List<ConversionRequest.Touchpoint> list = new ArrayList<>();
        if (request.code() != null || request.clickId() != null || request.utm() != null) {
            list.add(new ConversionRequest.Touchpoint(request.code(), request.clickId(), request.utm(), null));
        }
        if (request.touchpoints() != null) {
            list.addAll(request.touchpoints());
        }
        return list;
    }

    private static void validate(ConversionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw Window.invalid("body", "a conversion is required");
        }
        if (request.externalId() == null || request.externalId().isBlank()) {
            errors.add(new Problem.FieldError("externalId", "required"));
        } else if (request.externalId().length() > MAX_EXTERNAL_ID) {
            errors.add(new Problem.FieldError("externalId", "at most " + MAX_EXTERNAL_ID + " characters"));
        }
        if (request.kind() == null) {
            errors.add(new Problem.FieldError("kind", "one of LEAD, OPPORTUNITY, DEAL"));
        }
        if (request.occurredAt() == null) {
            errors.add(new Problem.FieldError("occurredAt", "required"));
        } else if (request.occurredAt().isAfter(Instant.now().plus(FUTURE_SKEW))) {
            errors.add(new Problem.FieldError("occurredAt", "must not be in the future"));
        }
        if (request.value() != null && request.value().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new Problem.FieldError("value", "must not be negative"));
        }
        if (request.value() != null && (request.currency() == null || !request.currency().matches("[A-Z]{3}"))) {
            errors.add(new Problem.FieldError("currency", "an ISO 4217 code such as EUR is required with a value"));
        }
        if (request.touchpoints() != null) {
            if (request.touchpoints().size() > MAX_TOUCHES) {
                errors.add(new Problem.FieldError("touchpoints", "at most " + MAX_TOUCHES));
            }
            for (int i = 0; i < request.touchpoints().size(); i++) {
                ConversionRequest.Touchpoint t = request.touchpoints().get(i);
                if (t == null || t.code() == null && t.clickId() == null && t.utm() == null) {
                    errors.add(new Problem.FieldError("touchpoints[" + i + "]", "needs a code, clickId or utm"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw Window.invalid(errors);
        }
    }

    /** Thrown when the webhook's signature is stale, wrong or replayed. */
    static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "invalid-signature", "Signature not accepted", detail);
    }
}
