package io.sosmed.community.reply;

import io.sosmed.community.inbox.Conversation;
import io.sosmed.community.inbox.ConversationRepository;
import io.sosmed.community.inbox.ConversationStatus;
import io.sosmed.community.inbox.InboxItem;
import io.sosmed.community.inbox.InboxItemRepository;
import io.sosmed.community.inbox.ItemResponse;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends agents' replies through schedule-service and records what became of them. */
@ApplicationScoped
public class ReplyService {

    private final ConversationRepository conversations;
    private final InboxItemRepository items;
    private final ReplyRepository replies;
    private final SavedReplies savedReplies;
    private final Outbox outbox;

    public ReplyService(ConversationRepository conversations, InboxItemRepository items, ReplyRepository replies,
            SavedReplies savedReplies, Outbox outbox) {
        this.conversations = conversations;
        this.items = items;
        this.replies = replies;
        this.savedReplies = savedReplies;
        this.outbox = outbox;
    }

    /**
     * Records the reply as SENDING and asks schedule-service to send it, unless the conversation changed since
     * the agent saw {@code expectedVersion}: then {@link ConversationChanged} (409) with the unseen items.
     */
    @Transactional
    public Reply request(String workspaceId, UUID conversationId, ReplyRequest request, Long ifMatch,
            String agentId, String agentName) {
        Conversation conversation = conversations.lockInWorkspace(workspaceId, conversationId)
                .orElseThrow(() -> ProblemException.notFound("Conversation", conversationId.toString()));
        Long expected = request.expectedVersion() != null ? request.expectedVersion() : ifMatch;
        if (expected == null) {
            throw new ProblemException(428, "precondition-required", "Version required",
                    "Send the conversation version you saw as expectedVersion or If-Match",
                    List.of(new Problem.FieldError("expectedVersion", "is required (or the If-Match header)")));
        }
        if (expected != conversation.version) {
            List<ItemResponse> unseen = items.findNewerThan(conversationId, expected).stream().map(ItemResponse::of).toList();
            throw new ConversationChanged(expected, conversation.version, unseen);
        }
        List<InboxItem> thread = items.findInConversation(conversationId);
        InboxItem latest = thread.isEmpty() ? null : thread.get(thread.size() - 1);
        Reply reply = new Reply();
        reply.id = UUID.randomUUID();
        reply.workspaceId = workspaceId;
        reply.conversationId = conversationId;
        reply.text = text(workspaceId, request, conversation, latest, agentName);
        reply.savedReplyId = request.savedReplyId();
        reply.inReplyToExternalId = latest == null ? null : latest.externalId;
        reply.status = Reply.Status.SENDING;
        reply.requestedBy = agentId;
        reply.requestedAt = Instant.now();
        replies.persist(reply);

        if (conversation.firstResponseAt == null) {
            conversation.firstResponseAt = reply.requestedAt;
        }
        if (conversation.status == ConversationStatus.OPEN) {
            conversation.status = ConversationStatus.PENDING;
        }
        conversation.touch();
        outbox.record(EventType.INBOX_REPLY_REQUESTED, workspaceId, conversationId.toString(), reply.id.toString(),
                new ReplyRequested(reply.id, conversationId, conversation.channelId, conversation.network.name(),
                        reply.inReplyToExternalId, reply.text, agentId, reply.requestedAt));
        return reply;
    }

    private String text(String workspaceId, ReplyRequest request, Conversation conversation, InboxItem latest,
            String agentName) {
        if (request.text() != null && !request.text().isBlank()) {
            return request.text();
        }
        if (request.savedReplyId() == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "A reply needs text or savedReplyId",
                    List.of(new Problem.FieldError("text", "text or savedReplyId is required")));
        }
        SavedReply saved = savedReplies.find(workspaceId, request.savedReplyId())
                .orElseThrow(() -> new ProblemException(400, "validation", "Request is not valid",
                        "Saved reply " + request.savedReplyId() + " does not exist in this workspace",
                        List.of(new Problem.FieldError("savedReplyId", "unknown saved reply"))));
        Map<String, String> values = new HashMap<>();
        String authorName = latest != null && latest.authorName != null ? latest.authorName
                : conversation.authorName != null ? conversation.authorName : conversation.authorHandle;
        values.put("author.name", authorName);
        values.put("author.handle", latest != null ? latest.authorHandle : conversation.authorHandle);
        values.put("agent.name", agentName);
        values.put("network", conversation.network.name());
        values.put("channel.id", conversation.channelId);
        return ReplyTemplate.render(saved.text, values);
    }

    /** schedule-service sent the reply: SENT with the network's id. Unknown or finished replies are left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markSent(String workspaceId, ReplySent sent) {
        replies.findInWorkspace(workspaceId, sent.replyId()).filter(r -> r.status == Reply.Status.SENDING).ifPresent(r -> {
            r.status = Reply.Status.SENT;
            r.externalId = sent.externalId();
            r.url = sent.url();
            r.sentAt = sent.sentAt();
            conversations.lockInWorkspace(workspaceId, r.conversationId).ifPresent(Conversation::touch);
        });
    }

    /** schedule-service could not send the reply: FAILED with the network's reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markFailed(String workspaceId, ReplyFailed failed) {
        replies.findInWorkspace(workspaceId, failed.replyId()).filter(r -> r.status == Reply.Status.SENDING).ifPresent(r -> {
            r.status = Reply.Status.FAILED;
            r.failureCode = failed.code();
            r.failureReason = failed.reason();
            r.failedAt = failed.failedAt();
            conversations.lockInWorkspace(workspaceId, r.conversationId).ifPresent(Conversation::touch);
        });
    }
}
