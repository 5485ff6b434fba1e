package io.sosmed.analytics.experiment;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import io.sosmed.analytics.insight.TextFeatures;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Creates experiments over published variants and analyses them with their latest metrics. */
@ApplicationScoped
public class Experiments {

    static final int MAX_ARMS = 10;
    static final int MAX_NAME = 200;
    static final double DEFAULT_MINIMUM_EFFECT = 0.01;

    private final Database db;

    public Experiments(Database db) {
        this.db = db;
    }

    /** What the validation needs of a published variant. */
    private record Variant(UUID postId, String channelId, String network, String text, String link, String mediaType,
            Instant publishedAt, String zone) {
    }

    @Transactional
    public ExperimentResponse create(String workspaceId, String createdBy, CreateExperimentRequest request) {
        List<Variant> variants = validate(workspaceId, request);
        UUID id = UUID.randomUUID();
        double effect = request.minimumEffect() == null ? DEFAULT_MINIMUM_EFFECT : request.minimumEffect();
        db.update("insert into experiment (id, workspace_id, name, variable, metric, minimum_effect, created_by, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, workspaceId, request.name().trim(),
                request.variable(), request.metric(), effect, createdBy, Instant.now().truncatedTo(ChronoUnit.MICROS));
        for (int i = 0; i < variants.size(); i++) {
            String label = request.arms().get(i).label();
            db.update("insert into experiment_arm (experiment_id, position, post_id, channel_id, label) "
                            + "values (?, ?, ?, ?, ?)", id, i, variants.get(i).postId(), variants.get(i).channelId(),
                    label == null || label.isBlank() ? String.valueOf((char) ('A' + i)) : label.trim());
        }
        return find(workspaceId, id).orElseThrow();
    }

    @Transactional
    public Optional<ExperimentResponse> find(String workspaceId, UUID id) {
        record Header(String name, ExperimentVariable variable, ExperimentMetric metric, double effect, Instant at) {
        }
        Optional<Header> header = db.query("select * from experiment where workspace_id = ? and id = ?",
                row -> new Header(row.string("name"), ExperimentVariable.valueOf(row.string("variable")),
                        ExperimentMetric.valueOf(row.string("metric")), row.doubleOrNull("minimum_effect"),
                        row.instant("created_at")), workspaceId, id).stream().findFirst();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        ExperimentMetric metric = header.get().metric();
        record Measured(String label, UUID postId, String channelId, long successes, long trials) {
        }
        List<Measured> measured = db.query("select a.label, a.post_id, a.channel_id, m.engagements, m.rate_denominator, "
                        + "m.link_clicks, m.impressions from experiment_arm a left join variant_latest_metrics m "
                        + "on m.post_id = a.post_id and m.channel_id = a.channel_id where a.experiment_id = ? "
                        + "order by a.position",
                row -> {
                    Long successes = metric == ExperimentMetric.ENGAGEMENT_RATE ? row.longOrNull("engagements")
                            : row.longOrNull("link_clicks");
                    Long trials = metric == ExperimentMetric.ENGAGEMENT_RATE ? row.longOrNull("rate_denominator")
                            : row.longOrNull("impressions");
                    long n = trials == null ? 0 : trials;
                    long k = successes == null ? 0 : Math.min(successes, n);
                    return new Measured(row.string("label"), row.uuid("post_id"), row.string("channel_id"), k, n);
                }, id);
        ExperimentAnalysis.Result result = ExperimentAnalysis.analyse(
                measured.stream().map(m -> new Arm(m.label(), m.successes(), m.trials())).toList(),
                new ExperimentAnalysis.Settings(ExperimentAnalysis.Settings.DEFAULT.confidence(),
                        ExperimentAnalysis.Settings.DEFAULT.power(), header.get().effect()));
        List<ExperimentResponse.ArmResult> arms = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            Measured m = measured.get(i);
            ExperimentAnalysis.ArmResult r = result.arms().get(i);
            arms.add(new ExperimentResponse.ArmResult(m.label(), m.postId(), m.channelId(), m.successes(), m.trials(),
                    r.rate(), r.interval()));
        }
        return Optional.of(new ExperimentResponse(id, header.get().name(), header.get().variable(), metric,
                header.get().effect(), header.get().at(), arms, result.leader(), result.difference(),
                result.differenceInterval(), Double.isNaN(result.pValue()) ? null : result.pValue(),
                result.samplePerArmNeeded(), result.moreTrialsNeeded(), result.verdict(), result.explanation()));
    }

    private List<Variant> validate(String workspaceId, CreateExperimentRequest request) {
        if (request == null) {
            throw Window.invalid("body", "an experiment is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            errors.add(new Problem.FieldError("name", "1 to " + MAX_NAME + " characters"));
        }
        if (request.variable() == null) {
            errors.add(new Problem.FieldError("variable", "one of TIME_OF_DAY, EMOJI_COUNT, HASHTAGS, MEDIA_TYPE, COPY, LINK_PLACEMENT"));
        }
        if (request.metric() == null) {
            errors.add(new Problem.FieldError("metric", "one of ENGAGEMENT_RATE, CLICK_THROUGH_RATE"));
        }
        if (request.minimumEffect() != null && (request.minimumEffect() <= 0 || request.minimumEffect() >= 1)) {
            errors.add(new Problem.FieldError("minimumEffect", "between 0 and 1 (an absolute rate difference)"));
        }
        if (request.arms() == null || request.arms().size() < 2 || request.arms().size() > MAX_ARMS) {
            errors.add(new Problem.FieldError("arms", "2 to " + MAX_ARMS + " published variants"));
            throw Window.invalid(errors);
        }
        List<Variant> variants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.arms().size(); i++) {
            CreateExperimentRequest.ArmRequest arm = request.arms().get(i);
            if (arm == null || arm.postId() == null || arm.channelId() == null) {
                errors.add(new Problem.FieldError("arms[" + i + "]", "postId and channelId are required"));
                continue;
            }
            if (!seen.add(arm.postId() + "|" + arm.channelId())) {
                errors.add(new Problem.FieldError("arms[" + i + "]", "the same variant twice"));
                continue;
            }
            Optional<Variant> variant = db.query("select v.*, c.zone from post_variant v left join analytics_channel c "
                            + "on c.channel_id = v.channel_id where v.workspace_id = ? and v.post_id = ? "
                            + "and v.channel_id = ? and v.published_at is not null",
                    row -> new Variant(row.uuid("post_id"), row.string("channel_id"), row.string("network"),
                            row.string("text"), row.string("link"), row.string("media_type"),
                            row.instant("published_at"), row.string("zone")),
                    workspaceId, arm.postId(), arm.channelId()).stream().findFirst();
            if (variant.isEmpty()) {
                errors.add(new Problem.FieldError("arms[" + i + "]", "not a published variant in this workspace"));
            } else {
                variants.add(variant.get());
            }
        }
        if (errors.isEmpty() && variants.stream().map(Variant::network).distinct().count() > 1) {
            errors.add(new Problem.FieldError("arms", "all arms must be on the same network to be comparable"));
        }
        if (errors.isEmpty() && request.variable() != null && !differ(variants, request.variable())) {
            errors.add(new Problem.FieldError("variable", "the arms do not differ in "
                    + request.variable().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!errors.isEmpty()) {
            throw Window.invalid(errors);
        }
        return variants;
    }

    /** Whether the declared variable actually varies between the arms (where it can be read from the variants). */
    private static boolean differ(List<Variant> variants, ExperimentVariable variable) {
        Function<Variant, Object> value = switch (variable) {
            case TIME_OF_DAY -> v -> v.publishedAt().atZone(zone(v.zone())).getHour();
            case EMOJI_COUNT -> v -> TextFeatures.emojiCount(v.text());
            case HASHTAGS -> v -> TextFeatures.hashtagCount(v.text());
            case MEDIA_TYPE -> v -> Objects.toString(v.mediaType());
            case COPY -> v -> Objects.toString(v.text());
            case LINK_PLACEMENT -> null;
        };
        return value == null || variants.stream().map(value).distinct().count() > 1;
    }

    private static ZoneId zone(String zone) {
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Experiment", id.toString());
    }
}
