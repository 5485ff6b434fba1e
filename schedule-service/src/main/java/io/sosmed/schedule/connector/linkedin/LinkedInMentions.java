package io.sosmed.schedule.connector.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.NetworkException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts that @mention the channel's organization, from the Community Management API's pull finder
 * ({@code GET /rest/organizationalEntityNotifications?q=criteria}, doc "Organization Social Action Notifications").
 *
 * <p>The documented actions are LIKE, COMMENT, SHARE, SHARE_MENTION, ADMIN_COMMENT, COMMENT_EDIT and COMMENT_DELETE:
 * only {@code SHARE_MENTION} is a mention. A {@code COMMENT_MENTION} action is not in that list, so it is not requested
 * (an unknown enum value would make LinkedIn refuse the whole request). A notification names the mentioning post in
 * {@code sourcePost}, decorated in {@code decoratedSourcePost} ({@code entity}, {@code owner}, {@code text}); when the
 * decoration lacks the text or the author, the post is read with {@code GET /rest/posts/{urn}}. LinkedIn keeps
 * notifications for {@value #RETENTION_DAYS} days, so a first poll starts that far back. Member (person) channels have
 * no notification API and are not polled; an organization the token may not administer (403) is skipped with a
 * warning so its comments are still polled.
 */
final class LinkedInMentions {

    static final int PAGE_SIZE = 50;
    static final int RETENTION_DAYS = 60;
    /** Pages one poll reads at most (1,000 notifications); a poll that reaches it says so in the log. */
    private static final int MAX_PAGES = 20;

    private final LinkedInApi api;

    LinkedInMentions(LinkedInApi api) {
        this.api = api;
    }

    static boolean supports(ChannelContext channel) {
        return channel.accountId() != null && channel.accountId().startsWith("urn:li:organization:");
    }

    /**
     * Mentions whose notification changed after {@code since} (epoch ms; {@code null} = the retention window).
     *
     * @return the mentions, oldest first, and the newest {@code lastModifiedAt} read (or {@code since})
     */
    Result since(ChannelContext channel, String token, Long since) {
        Instant now = api.http().clock().instant();
        long from = since != null ? since : now.minus(Duration.ofDays(RETENTION_DAYS)).toEpochMilli();
        List<JsonNode> notifications;
        try {
            notifications = read(channel, token, from, now.toEpochMilli());
        } catch (NetworkException e) {
            if (e.httpStatus().orElse(0) != 403) {
                throw e;
            }
            Log.warnf("Workspace %s channel %s: LinkedIn refused the organization's notifications (%s); mentions are"
                    + " not polled until the channel is reconnected by a page administrator", channel.workspaceId(),
                    channel.channelId(), e.getMessage());
            return new Result(List.of(), since);
        }
        Map<String, InboxItem> mentions = new LinkedHashMap<>();
        long newest = from;
        for (JsonNode notification : notifications) {
            long modified = notification.path("lastModifiedAt").asLong(0);
            if (modified <= from || !"SHARE_MENTION".equals(notification.path("action").asText())) {
                continue;
            }
            newest = Math.max(newest, modified);
            InboxItem mention = mention(channel, token, notification, modified);
            if (mention != null) {
                mentions.putIfAbsent(mention.externalId(), mention);
            }
        }
        List<InboxItem> items = new ArrayList<>(mentions.values());
        return new Result(items, newest > from ? Long.valueOf(newest) : since);
    }

    private List<JsonNode> read(ChannelContext channel, String token, long from, long to) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0, start = 0; page < MAX_PAGES; page++) {
            // Rest.li 2.0: the List(...) and (start:..,end:..) syntax stays unescaped, URNs are encoded.
            JsonNode body = api.send(token, api.request("/rest/organizationalEntityNotifications?q=criteria"
                    + "&actions=List(SHARE_MENTION)&organizationalEntity=" + LinkedInApi.encode(channel.accountId())
                    + "&timeRange=(start:" + from + ",end:" + to + ")&start=" + start + "&count=" + PAGE_SIZE).GET(),
                    false, "read the organization's mentions").json();
            JsonNode elements = body.path("elements");
            elements.forEach(all::add);
            JsonNode total = body.path("paging").path("total");
            boolean more = total.isNumber() ? start + elements.size() < total.asLong() : elements.size() == PAGE_SIZE;
            if (!more || elements.isEmpty()) {
                return all;
            }
            start += elements.size();
        }
        Log.warnf("Workspace %s channel %s: more than %d LinkedIn notifications since %d; the rest were not read",
                channel.workspaceId(), channel.channelId(), MAX_PAGES * PAGE_SIZE, from);
        return all;
    }

    private InboxItem mention(ChannelContext channel, String token, JsonNode notification, long modified) {
        JsonNode decorated = notification.path("decoratedSourcePost");
        String urn = decorated.path("entity").asText(notification.path("sourcePost").asText(""));
        if (urn.isBlank()) {
            return null;
        }
        String author = decorated.path("owner").asText(null);
        String text = decorated.path("text").asText(null);
        if (author == null || text == null) {
            JsonNode post = api.send(token, api.request("/rest/posts/" + LinkedInApi.encode(urn)).GET(), false,
                    "read the post that mentions the organization").json();
            author = author != null ? author : post.path("author").asText("");
            text = text != null ? text : post.path("commentary").asText("");
        }
        if (author.equals(channel.accountId())) {
            return null;
        }
        return new InboxItem(urn, InboxItem.Kind.MENTION, new InboxItem.Author(author, null, author), text,
                Instant.ofEpochMilli(modified), null, urn, null);
    }

    /** Mentions read and where the next poll continues. */
    record Result(List<InboxItem> items, Long cursor) {
    }
}
