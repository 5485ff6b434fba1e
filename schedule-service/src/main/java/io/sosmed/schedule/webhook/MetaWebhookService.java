package io.sosmed.schedule.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.schedule.channel.Channel;
import io.sosmed.schedule.channel.ChannelRepository;
import io.sosmed.schedule.gateway.InboxPoller.InboxItemReceived;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxItemKey;
import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Meta webhook deliveries into {@code sosmed.inbox.item.received.v1}: new comments on a Facebook Page's posts
 * ({@code page} object, {@code feed} field, item {@code comment}, verb {@code add}) and on an Instagram account's media
 * ({@code instagram} object, {@code comments} field), for every workspace that connected that page or account.
 */
@ApplicationScoped
public class MetaWebhookService {

    private final ChannelRepository channels;
    private final Outbox outbox;

    public MetaWebhookService(ChannelRepository channels, Outbox outbox) {
        this.channels = channels;
        this.outbox = outbox;
    }

    /** Records the items of one delivery; returns how many events were recorded. */
    @Transactional
    public int receive(JsonNode delivery) {
        Network network = switch (delivery.path("object").asText()) {
            case "page" -> Network.FACEBOOK;
            case "instagram" -> Network.INSTAGRAM;
            default -> null;
        };
        if (network == null) {
            return 0;
        }
        int recorded = 0;
        for (JsonNode entry : delivery.path("entry")) {
            String accountId = entry.path("id").asText();
            List<InboxItem> items = new ArrayList<>();
            for (JsonNode change : entry.path("changes")) {
                (network == Network.FACEBOOK ? pageComment(change) : instagramComment(change)).ifPresent(items::add);
            }
            if (items.isEmpty()) {
                continue;
            }
            List<Channel> connected = channels.listActiveByAccount(network, accountId);
            if (connected.isEmpty()) {
                Log.infof("Meta webhook for %s account %s, which no workspace has connected; ignored", network, accountId);
            }
            for (Channel channel : connected) {
                for (InboxItem item : items) {
                    outbox.record(EventType.INBOX_ITEM_RECEIVED, channel.workspaceId,
                            InboxItemKey.of(channel.id.toString(), item), item.externalId(),
                            new InboxItemReceived(network, channel.id.toString(), item.externalId(), item.kind(),
                                    item.author(), item.text(), item.receivedAt(), item.parentExternalId(),
                                    item.conversationExternalId(), item.postExternalId()));
                    recorded++;
                }
            }
        }
        return recorded;
    }

    private static Optional<InboxItem> pageComment(JsonNode change) {
        JsonNode value = change.path("value");
        if (!"feed".equals(change.path("field").asText()) || !"comment".equals(value.path("item").asText())
                || !"add".equals(value.path("verb").asText())) {
            return Optional.empty();
        }
        String postId = value.path("post_id").asText(null);
        String parentId = value.path("parent_id").asText(postId);
        long created = value.path("created_time").asLong(Instant.now().getEpochSecond());
        JsonNode from = value.path("from");
        return Optional.of(new InboxItem(value.path("comment_id").asText(), InboxItem.Kind.COMMENT,
                new InboxItem.Author(from.path("name").asText(from.path("id").asText()), from.path("name").asText(null),
                        from.path("id").asText(null)),
                value.path("message").asText(""), Instant.ofEpochSecond(created), parentId, postId, postId));
    }

    private static Optional<InboxItem> instagramComment(JsonNode change) {
        if (!"comments".equals(change.path("field").asText())) {
            return Optional.empty();
        }
        JsonNode value = change.path("value");
        String mediaId = value.path("media").path("id").asText(null);
        String parentId = value.path("parent_id").asText(mediaId);
        JsonNode from = value.path("from");
        return Optional.of(new InboxItem(value.path("id").asText(), InboxItem.Kind.COMMENT,
                new InboxItem.Author("@" + from.path("username").asText(), null, from.path("id").asText(null)),
                value.path("text").asText(""), Instant.now(), parentId, mediaId, mediaId));
    }
}
