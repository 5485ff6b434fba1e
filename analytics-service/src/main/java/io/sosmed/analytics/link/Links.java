package io.sosmed.analytics.link;

import io.sosmed.analytics.Database;
import io.sosmed.analytics.Window;
import io.sosmed.analytics.campaign.Campaign;
import io.sosmed.analytics.campaign.Campaigns;
import io.sosmed.analytics.channel.Channels;
import io.sosmed.analytics.channel.KnownChannel;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Creates short links, resolves them to their destination and counts their clicks. */
@ApplicationScoped
public class Links {

    static final int MAX_DESTINATION = 2048;
    static final int MAX_PAGE = 100;

    /** Where a followed link leads, and the click's id. */
    public record Redirect(String location, UUID clickId) {
    }

    private final Database db;
    private final Channels channels;
    private final Campaigns campaigns;
    private final LinkConfig config;

    public Links(Database db, Channels channels, Campaigns campaigns, LinkConfig config) {
        this.db = db;
        this.channels = channels;
        this.campaigns = campaigns;
        this.config = config;
    }

    @Transactional
    public LinkResponse create(String workspaceId, String createdBy, CreateLinkRequest request) {
        validate(request);
        String campaignId = request.campaignId();
        if (campaignId == null && request.postId() != null) {
            campaignId = db.query("select campaign_id from tracked_post where workspace_id = ? and post_id = ?",
                    row -> row.string("campaign_id"), workspaceId, request.postId()).stream().findFirst().orElse(null);
        }
        String network = request.channelId() == null ? null
                : channels.find(workspaceId, request.channelId()).map(KnownChannel::network).orElse(null);
        Campaign campaign = campaignId == null ? null : campaigns.inWorkspace(workspaceId).get(campaignId);
        Utm utm = Utm.of(network, campaign == null ? null : campaign.name(), campaignId,
                request.postId() == null ? null : request.postId().toString());
        UUID id = UUID.randomUUID();
        String code = LinkCodes.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        db.update("insert into short_link (id, workspace_id, code, destination, target_url, post_id, channel_id, "
                        + "campaign_id, utm_source, utm_medium, utm_campaign, utm_content, created_by, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, workspaceId, code, request.destination(), utm.applyTo(request.destination()), request.postId(),
                request.channelId(), campaignId, utm.source(), utm.medium(), utm.campaign(), utm.content(), createdBy,
                now);
        return find(workspaceId, id).orElseThrow();
    }

    @Transactional
    public Optional<LinkResponse> find(String workspaceId, UUID id) {
        return db.query(SELECT + "where l.workspace_id = ? and l.id = ? group by l.id", this::map, workspaceId, id)
                .stream().findFirst();
    }

    @Transactional
    public LinkPage list(String workspaceId, String cursor, Integer limit) {
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw Window.invalid("limit", "between 1 and " + MAX_PAGE);
        }
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        List<LinkResponse> links = after == null
                ? db.query(SELECT + "where l.workspace_id = ? group by l.id order by l.created_at desc, l.id desc limit ?",
                        this::map, workspaceId, size + 1)
                : db.query(SELECT + "where l.workspace_id = ? and (l.created_at, l.id) < (?, ?) group by l.id "
                        + "order by l.created_at desc, l.id desc limit ?", this::map, workspaceId, after.createdAt(),
                        after.id(), size + 1);
        String next = null;
        if (links.size() > size) {
            links = links.subList(0, size);
            LinkResponse last = links.get(size - 1);
            next = new KeysetCursor(last.createdAt(), last.id()).encode();
        }
        return new LinkPage(links, next);
    }

    /** Records a click on a known code; unknown codes resolve to nothing (never an open redirect). */
    @Transactional
    public Optional<Redirect> follow(String code, String userAgent, String referrer) {
        if (!LinkCodes.wellFormed(code)) {
            return Optional.empty();
        }
        record Target(UUID id, String workspaceId, String url) {
        }
        Optional<Target> target = db.query("select id, workspace_id, target_url from short_link where code = ?",
                row -> new Target(row.uuid("id"), row.string("workspace_id"), row.string("target_url")), code)
                .stream().findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        UUID clickId = UUID.randomUUID();
        db.update("insert into link_click (id, link_id, workspace_id, clicked_at, referrer_host, agent_class) "
                        + "values (?, ?, ?, ?, ?, ?)", clickId, target.get().id(), target.get().workspaceId(),
                Instant.now(), referrerHost(referrer), AgentClass.of(userAgent));
        String url = target.get().url();
        String location = url + (url.contains("?") ? "&" : "?") + config.clickIdParameter() + "=" + clickId;
        return Optional.of(new Redirect(location, clickId));
    }

    @Transactional
    public ClickRollup rollup(String workspaceId, String groupBy, Window window) {
        String column = switch (groupBy == null ? "" : groupBy.toLowerCase(Locale.ROOT)) {
            case "post" -> "l.post_id::text";
            case "channel" -> "l.channel_id";
            case "campaign" -> "l.campaign_id";
            default -> throw Window.invalid("groupBy", "one of post, channel, campaign");
        };
        List<ClickRollup.Row> rows = db.query("select coalesce(" + column + ", '(none)') as key, "
                        + "count(distinct l.id) as links, "
                        + "count(c.id) filter (where c.agent_class = 'HUMAN') as humans, "
                        + "count(c.id) filter (where c.agent_class = 'PREVIEW') as previews, "
                        + "count(c.id) filter (where c.agent_class = 'BOT') as bots "
                        + "from short_link l left join link_click c on c.link_id = l.id "
                        + "and c.clicked_at >= ? and c.clicked_at < ? where l.workspace_id = ? "
                        + "group by 1 order by humans desc, 1",
                row -> new ClickRollup.Row(row.string("key"), row.longValue("links"), new Clicks(
                        row.longValue("humans"), row.longValue("previews"), row.longValue("bots"))),
                window.from(), window.to(), workspaceId);
        return new ClickRollup(groupBy.toLowerCase(Locale.ROOT), rows);
    }

    private static final String SELECT = "select l.*, "
            + "count(c.id) filter (where c.agent_class = 'HUMAN') as humans, "
            + "count(c.id) filter (where c.agent_class = 'PREVIEW') as previews, "
            + "count(c.id) filter (where c.agent_class = 'BOT') as bots "
            + "from short_link l left join link_click c on c.link_id = l.id ";

    private LinkResponse map(Database.Row row) throws SQLException {
        Utm utm = new Utm(row.string("utm_source"), row.string("utm_medium"), row.string("utm_campaign"),
                row.string("utm_content"));
        return new LinkResponse(row.uuid("id"), row.string("code"), config.baseUrl() + row.string("code"),
                row.string("destination"), row.string("target_url"), row.uuid("post_id"), row.string("channel_id"),
                row.string("campaign_id"), utm.asMap(), row.instant("created_at"), row.string("created_by"),
                new Clicks(row.longValue("humans"), row.longValue("previews"), row.longValue("bots")));
    }

    private static void validate(CreateLinkRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null || request.destination() == null || request.destination().isBlank()) {
            errors.add(new Problem.FieldError("destination", "required"));
        } else if (request.destination().length() > MAX_DESTINATION) {
            errors.add(new Problem.FieldError("destination", "at most " + MAX_DESTINATION + " characters"));
        } else {
            try {
                URI uri = new URI(request.destination());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                    errors.add(new Problem.FieldError("destination", "an absolute http or https URL"));
                }
            } catch (URISyntaxException e) {
                errors.add(new Problem.FieldError("destination", "not a valid URL"));
            }
        }
        if (request != null && request.channelId() != null && request.channelId().isBlank()) {
            errors.add(new Problem.FieldError("channelId", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw Window.invalid(errors);
        }
    }

    private static String referrerHost(String referrer) {
        if (referrer == null || referrer.isBlank()) {
            return null;
        }
        try {
            return URI.create(referrer.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
