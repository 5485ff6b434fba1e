package io.sosmed.analytics.conversion;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import io.sosmed.analytics.campaign.Campaign;
import io.sosmed.analytics.campaign.Campaigns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Credits the conversions of a window to posts, channels or campaigns and sets revenue against budgets. */
@ApplicationScoped
public class Attribution {

    static final String UNATTRIBUTED = "(unattributed)";
    static final String NONE = "(none)";

    private final Database db;
    private final Campaigns campaigns;

    public Attribution(Database db, Campaigns campaigns) {
        this.db = db;
        this.campaigns = campaigns;
    }

    private record Touch(UUID postId, String channelId, String campaignId, Instant at) {
    }

    private record Converted(ConversionKind kind, Instant occurredAt, BigDecimal value, String currency,
            List<Touch> touches) {
    }

    /** Sums for one group. */
    private static final class Sums {
        double leads;
        double opportunities;
        double deals;
        final Map<String, BigDecimal> revenue = new TreeMap<>();

        void add(Converted conversion, double share) {
            switch (conversion.kind()) {
                case LEAD -> leads += share;
                case OPPORTUNITY -> opportunities += share;
                case DEAL -> {
                    deals += share;
                    if (conversion.value() != null) {
                        revenue.merge(conversion.currency(), conversion.value().multiply(BigDecimal.valueOf(share)),
                                BigDecimal::add);
                    }
                }
            }
        }
    }

    @Transactional
    public AttributionReport report(String workspaceId, Window window, String groupBy, AttributionModel model,
            Duration attributionWindow) {
        String group = groupBy == null ? "campaign" : groupBy.trim().toLowerCase(Locale.ROOT);
        if (!List.of("post", "channel", "campaign").contains(group)) {
            throw Window.invalid("groupBy", "one of post, channel, campaign");
        }
        Map<String, Sums> sums = new TreeMap<>();
        for (Converted conversion : conversions(workspaceId, window)) {
            List<AttributionModel.Credit<Touch>> credits = model.credit(conversion.touches(), Touch::at,
                    conversion.occurredAt(), attributionWindow);
            if (credits.isEmpty()) {
                sums.computeIfAbsent(UNATTRIBUTED, k -> new Sums()).add(conversion, 1.0);
            }
            for (AttributionModel.Credit<Touch> credit : credits) {
                sums.computeIfAbsent(key(credit.touch(), group), k -> new Sums()).add(conversion, credit.share());
            }
        }
        Map<String, Campaign> known = campaigns.inWorkspace(workspaceId);
        List<AttributionReport.Group> groups = new ArrayList<>();
        sums.forEach((key, s) -> {
            List<AttributionReport.Amount> revenue = s.revenue.entrySet().stream()
                    .map(e -> new AttributionReport.Amount(e.getKey(), e.getValue().setScale(2, RoundingMode.HALF_UP)))
                    .toList();
            Campaign campaign = group.equals("campaign") ? known.get(key) : null;
            BigDecimal budget = campaign == null ? null : campaign.budget();
            Double roi = null;
            if (budget != null && budget.signum() > 0) {
                BigDecimal earned = s.revenue.getOrDefault(campaign.currency(), BigDecimal.ZERO);
                roi = earned.subtract(budget).divide(budget, 6, RoundingMode.HALF_UP).doubleValue();
            }
            groups.add(new AttributionReport.Group(key, campaign == null ? key : campaign.name(), round(s.leads),
                    round(s.opportunities), round(s.deals), revenue, budget,
                    campaign == null ? null : campaign.currency(), roi));
        });
        return new AttributionReport(window.from(), window.to(), model, attributionWindow.toDays(), group, groups);
    }

    private List<Converted> conversions(String workspaceId, Window window) {
        Map<UUID, Converted> byId = new LinkedHashMap<>();
        db.query("select c.id, c.kind, c.occurred_at, c.value, c.currency, t.post_id, t.channel_id, t.campaign_id, "
                        + "t.touched_at from conversion c left join conversion_touch t on t.conversion_id = c.id "
                        + "where c.workspace_id = ? and c.occurred_at >= ? and c.occurred_at < ? "
                        + "order by c.occurred_at, c.id, t.position",
                row -> {
                    Converted conversion = byId.computeIfAbsent(row.uuid("id"), id -> {
                        try {
                            return new Converted(ConversionKind.valueOf(row.string("kind")), row.instant("occurred_at"),
                                    row.decimal("value"), row.string("currency"), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    Instant touched = row.instant("touched_at");
                    if (touched != null) {
                        conversion.touches().add(new Touch(row.uuid("post_id"), row.string("channel_id"),
                                row.string("campaign_id"), touched));
                    }
                    return null;
                }, workspaceId, window.from(), window.to());
        return new ArrayList<>(byId.values());
    }

    private static String key(Touch touch, String group) {
        String key = switch (group) {
            case "post" -> touch.postId() == null ? null : touch.postId().toString();
            case "channel" -> touch.channelId();
            default -> touch.campaignId();
        };
        return key == null ? NONE : key;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
