package io.sosmed.community.inbox;

import io.sosmed.community.reply.ReplyRepository;
import io.sosmed.community.reply.ReplyResponse;
import io.sosmed.community.sla.SlaClock;
import io.sosmed.platform.event.EventType;
import io.sosmed.platform.outbox.Outbox;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** What agents do with a conversation: assign, change status, priority and tags, note, escalate. */
@ApplicationScoped
public class ConversationWorkflow {

    private final ConversationRepository conversations;
    private final InboxItemRepository items;
    private final ConversationNoteRepository notes;
    private final ReplyRepository replies;
    private final SlaClock sla;
    private final Outbox outbox;

    public ConversationWorkflow(ConversationRepository conversations, InboxItemRepository items,
            ConversationNoteRepository notes, ReplyRepository replies, SlaClock sla, Outbox outbox) {
        this.conversations = conversations;
        this.items = items;
        this.notes = notes;
        this.replies = replies;
        this.sla = sla;
        this.outbox = outbox;
    }

    public ConversationDetail detail(String workspaceId, UUID id) {
        Conversation conversation = conversations.findInWorkspace(workspaceId, id).orElseThrow(() -> notFound(id));
        return new ConversationDetail(ConversationSummary.of(conversation),
                items.findInConversation(id).stream().map(ItemResponse::of).toList(),
                replies.findInConversation(id).stream().map(ReplyResponse::of).toList(),
                notes.findInConversation(id).stream().map(NoteResponse::of).toList());
    }

    @Transactional
    public ConversationSummary assign(String workspaceId, UUID id, String assigneeId) {
        Conversation conversation = lock(workspaceId, id);
        conversation.assigneeId = assigneeId == null || assigneeId.isBlank() ? null : assigneeId.trim();
        conversation.touch();
        return ConversationSummary.of(conversation);
    }

    @Transactional
    public ConversationSummary changeStatus(String workspaceId, UUID id, WorkflowRequests.ChangeStatus change) {
        Conversation conversation = lock(workspaceId, id);
        Instant now = Instant.now();
        if (change.status() == ConversationStatus.SNOOZED) {
            if (change.snoozedUntil() == null || !change.snoozedUntil().isAfter(now)) {
                throw new ProblemException(400, "validation", "Request is not valid", "Snoozing needs a future time",
                        List.of(new Problem.FieldError("snoozedUntil", "required for SNOOZED, in the future")));
            }
            conversation.snoozedUntil = change.snoozedUntil();
        } else {
            conversation.snoozedUntil = null;
        }
        if (change.status() == conversation.status && change.status() != ConversationStatus.SNOOZED) {
            return ConversationSummary.of(conversation);
        }
        if (conversation.isClosed()) {
            conversation.openedAt = now;
            conversation.closedAt = null;
            conversation.firstResponseAt = null;
            conversation.firstResponseBreached = false;
            conversation.resolutionBreached = false;
            conversation.status = change.status();
            sla.schedule(conversation);
        } else {
            conversation.status = change.status();
        }
        if (change.status() == ConversationStatus.CLOSED) {
            close(conversation, now);
        }
        conversation.touch();
        return ConversationSummary.of(conversation);
    }

    private void close(Conversation conversation, Instant now) {
        conversation.closedAt = now;
        Long firstResponseSeconds = conversation.firstResponseAt == null ? null
                : Math.max(0, Duration.between(conversation.openedAt, conversation.firstResponseAt).toSeconds());
        boolean breached = conversation.firstResponseBreached || conversation.resolutionBreached
                || missed(conversation.firstResponseDueAt, conversation.firstResponseAt == null ? now : conversation.firstResponseAt)
                || missed(conversation.resolutionDueAt, now);
        outbox.record(EventType.CONVERSATION_CLOSED, conversation.workspaceId, conversation.id.toString(),
                conversation.id.toString(), new ConversationClosed(conversation.id, conversation.channelId,
                        conversation.network.name(), conversation.priority.name(), conversation.assigneeId,
                        conversation.openedAt, conversation.firstResponseAt, now, firstResponseSeconds,
                        Math.max(0, Duration.between(conversation.openedAt, now).toSeconds()), breached));
    }

    private static boolean missed(Instant due, Instant doneAt) {
        return due != null && doneAt.isAfter(due);
    }

    @Transactional
    public ConversationSummary update(String workspaceId, UUID id, WorkflowRequests.Update update) {
        Conversation conversation = lock(workspaceId, id);
        if (update.priority() != null && update.priority() != conversation.priority) {
            conversation.priority = update.priority();
            sla.schedule(conversation);
        }
        if (update.tags() != null) {
            conversation.tags = new ArrayList<>(new LinkedHashSet<>(update.tags().stream().map(String::trim).toList()));
        }
        conversation.touch();
        return ConversationSummary.of(conversation);
    }

    @Transactional
    public NoteResponse addNote(String workspaceId, UUID id, String text, String authorId) {
        Conversation conversation = lock(workspaceId, id);
        ConversationNote note = new ConversationNote();
        note.id = UUID.randomUUID();
        note.workspaceId = workspaceId;
        note.conversationId = id;
        note.text = text;
        note.mentions = new ArrayList<>(Mentions.in(text));
        note.authorId = authorId;
        note.createdAt = Instant.now();
        notes.persist(note);
        conversation.touch();
        return NoteResponse.of(note);
    }

    @Transactional
    public ConversationSummary escalate(String workspaceId, UUID id, String reason, String by) {
        Conversation conversation = lock(workspaceId, id);
        Instant now = Instant.now();
        conversation.escalatedAt = now;
        conversation.touch();
        outbox.record(EventType.CONVERSATION_ESCALATED, workspaceId, id.toString(), id.toString(),
                new ConversationEscalated(id, conversation.channelId, conversation.network.name(),
                        conversation.priority.name(), reason, by, now,
                        new ItemResponse.AuthorResponse(conversation.authorHandle, conversation.authorName, null),
                        conversation.latestText));
        return ConversationSummary.of(conversation);
    }

    /** Reopens snoozed conversations whose time has come. */
    @Transactional
    public int wakeSnoozed(Instant now, int batch) {
        List<Conversation> due = conversations.findSnoozedUntil(now, batch);
        for (Conversation conversation : due) {
            conversation.status = ConversationStatus.OPEN;
            conversation.snoozedUntil = null;
            conversation.touch();
        }
        return due.size();
    }

    private Conversation lock(String workspaceId, UUID id) {
        return conversations.lockInWorkspace(workspaceId, id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Conversation", id.toString());
    }
}
