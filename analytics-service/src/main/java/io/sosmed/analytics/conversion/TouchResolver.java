package io.sosmed.analytics.conversion;

import io.sosmed.analytics.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Resolves a touch to the link, post, channel and campaign it stands for: a click id to its click's link (and the
 * click's time), a code to its link, a UTM set to the workspace link carrying the same utm_campaign and utm_content,
 * or, failing that, to the campaign (id or name slug) and post (utm_content) it names.
 */
@ApplicationScoped
public class TouchResolver {

    private final Database db;

    public TouchResolver(Database db) {
        this.db = db;
    }

    Optional<ConversionResponse.Touch> resolve(String workspaceId, ConversionRequest.Touchpoint touch, Instant fallback) {
        Instant at = touch.at() != null ? touch.at() : fallback;
        if (touch.clickId() != null) {
            return db.query("select l.id, l.post_id, l.channel_id, l.campaign_id, c.clicked_at from link_click c "
                            + "join short_link l on l.id = c.link_id where c.id = ? and l.workspace_id = ?",
                    row -> new ConversionResponse.Touch(row.uuid("id"), row.uuid("post_id"), row.string("channel_id"),
                            row.string("campaign_id"), touch.at() != null ? touch.at() : row.instant("clicked_at")),
                    touch.clickId(), workspaceId).stream().findFirst();
        }
        if (touch.code() != null) {
            return link("code = ?", workspaceId, at, touch.code());
        }
        ConversionRequest.UtmSet utm = touch.utm();
        if (utm == null || utm.campaign() == null && utm.content() == null) {
            return Optional.empty();
        }
        Optional<ConversionResponse.Touch> link = link(
                "utm_campaign is not distinct from cast(? as text) and utm_content is not distinct from cast(? as text)", workspaceId, at,
                utm.campaign(), utm.content());
        if (link.isPresent()) {
            return link;
        }
        String campaignId = utm.campaign() == null ? null : db.query(
                "select campaign_id, name from analytics_campaign where workspace_id = ?",
                row -> row.string("campaign_id").equals(utm.campaign())
                        || io.sosmed.analytics.link.Utm.slugOf(row.string("name")).equals(utm.campaign())
                        ? row.string("campaign_id") : null, workspaceId)
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        UUID postId = uuidOrNull(utm.content());
        if (campaignId == null && postId == null) {
            return Optional.empty();
        }
        return Optional.of(new ConversionResponse.Touch(null, postId, null, campaignId, at));
    }

    private Optional<ConversionResponse.Touch> link(String condition, String workspaceId, Instant at, Object... values) {
        Object[] parameters = new Object[values.length + 1];
        parameters[0] = workspaceId;
        System.arraycopy(values, 0, parameters, 1, values.length);
        return db.query("select id, post_id, channel_id, campaign_id from short_link where workspace_id = ? and "
                        + condition + " order by created_at desc limit 1",
                row -> new ConversionResponse.Touch(row.uuid("id"), row.uuid("post_id"), row.string("channel_id"),
                        row.string("campaign_id"), at), parameters).stream().findFirst();
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
