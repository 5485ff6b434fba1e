package io.sosmed.community.inbox;

import io.quarkus.logging.Log;
import io.sosmed.community.listening.ListeningMatch;
import io.sosmed.community.lock.AdvisoryLocks;
import io.sosmed.community.listening.ListeningMatcher;
import io.sosmed.community.post.PublishedPosts;
import io.sosmed.community.routing.AssignmentRouter;
import io.sosmed.community.sla.SlaClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Takes an item into the inbox once: threads it into a conversation (reopening it), links it to our post,
 * annotates language and sentiment, applies listening rules, routes new conversations and sets SLA due times.
 */
@ApplicationScoped
public class ItemIngestion {

    private final InboxItemRepository items;
    private final ConversationRepository conversations;
    private final PublishedPosts publishedPosts;
    private final ItemUnderstanding understanding;
    private final ListeningMatcher listening;
    private final AssignmentRouter router;
    private final SlaClock sla;
    private final AdvisoryLocks locks;

    public ItemIngestion(InboxItemRepository items, ConversationRepository conversations, PublishedPosts publishedPosts,
            ItemUnderstanding understanding, ListeningMatcher listening, AssignmentRouter router, SlaClock sla,
            AdvisoryLocks locks) {
        this.items = items;
        this.conversations = conversations;
        this.publishedPosts = publishedPosts;
        this.understanding = understanding;
        this.listening = listening;
        this.router = router;
        this.sla = sla;
        this.locks = locks;
    }

    /** Stores a valid item (see {@link NewInboxItem#validate()}), or returns the one stored before with its id. */
    @Transactional
    public Ingested ingest(String workspaceId, NewInboxItem request) {
        Network network = request.parsedNetwork();
        InboxItem item = newItem(workspaceId, request);
        locks.lockAll(List.of(itemLock(workspaceId, network, request.externalId())), postLinkLocks(item).toList());
        Optional<InboxItem> existing = items.findByExternalId(workspaceId, network, request.externalId());
        if (existing.isPresent()) {
            return new Ingested(existing.get(), conversations.findById(existing.get().conversationId), false);
        }
        understanding.annotate(item);
        Ingested ingested = place(request, item, storedThreads);
        Log.debugf("Inbox item %s of workspace %s in conversation %s", item.id, workspaceId, ingested.conversation().id);
        return ingested;
    }

    /**
     * Threads a new, annotated item into its conversation (reopening it, or opening one), links it to our post and
     * applies the workspace's rules; {@code threads} finds and keeps items and conversations. Shared by the
     * one-item path and {@link BatchIngestion}, so both thread alike.
     */
    Ingested place(NewInboxItem request, InboxItem item, Threads threads) {
        String workspaceId = item.workspaceId;
        Network network = item.network;
        Optional<InboxItem> parent = Optional.ofNullable(request.parentExternalId())
                .flatMap(parentId -> threads.item(workspaceId, network, parentId));
        Optional<UUID> parentPost = threads.postId(workspaceId, network, request.parentExternalId());
        Optional<UUID> post = threads.postId(workspaceId, network, request.postExternalId())
                .or(() -> parentPost)
                .or(() -> parent.map(p -> p.postId));
        item.postId = post.orElse(null);

        Conversation conversation;
        if (parent.isPresent() && request.conversationExternalId() == null) {
            conversation = threads.conversation(workspaceId, parent.get().conversationId);
        } else {
            String threadKey = ConversationThreading.threadKey(request, parentPost.isPresent());
            conversation = threads.thread(workspaceId, network, item.channelId, threadKey)
                    .orElseGet(() -> threads.opened(open(workspaceId, threadKey, item)));
        }
        addTo(conversation, item);
        threads.added(item);
        return new Ingested(item, conversation, true);
    }

    static String itemLock(String workspaceId, Network network, String externalId) {
        return "item|" + workspaceId + "|" + network + "|" + externalId;
    }

    /**
     * Shared locks on the published posts {@code item} may answer: {@link PublishedPosts#record} takes them alone, so
     * a post published while the item is stored either is seen by it or links it once it is committed.
     */
    static Stream<String> postLinkLocks(InboxItem item) {
        return Stream.of(item.parentExternalId, item.postExternalId).filter(Objects::nonNull)
                .map(externalId -> PublishedPosts.linkLock(item.workspaceId, item.network.name(), externalId));
    }

    static String threadLock(String workspaceId, Network network, String channelId, String threadKey) {
        return "thread|" + workspaceId + "|" + network + "|" + channelId + "|" + threadKey;
    }

    private Conversation open(String workspaceId, String threadKey, InboxItem first) {
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.workspaceId = workspaceId;
        conversation.network = first.network;
        conversation.channelId = first.channelId;
        conversation.threadKey = threadKey;
        conversation.kind = first.kind;
        conversation.status = ConversationStatus.OPEN;
        conversation.priority = Priority.NORMAL;
        conversation.authorHandle = first.authorHandle;
        conversation.authorName = first.authorName;
        conversation.openedAt = first.receivedAt;
        conversation.lastItemAt = first.receivedAt;
        conversation.createdAt = first.recordedAt;
        conversation.version = 0;
        conversation.assigneeId = router.assigneeFor(workspaceId, first.channelId, first.text).orElse(null);
        return conversation;
    }

    /** Where {@link #place} finds parents, posts and conversations, and where it keeps what it adds. */
    interface Threads {

        Optional<InboxItem> item(String workspaceId, Network network, String externalId);

        Optional<UUID> postId(String workspaceId, Network network, String externalPostId);

        /** The conversation of a known item, locked for this transaction. */
        Conversation conversation(String workspaceId, UUID id);

        /** The conversation with this thread key, locked for this transaction (the key locked too). */
        Optional<Conversation> thread(String workspaceId, Network network, String channelId, String threadKey);

        /** Keeps a conversation {@link #place} opened; returns it. */
        Conversation opened(Conversation conversation);

        void added(InboxItem item);
    }

    /** One item: everything read from and written to the database as it is needed. */
    private final Threads storedThreads = new Threads() {
        @Override
        public Optional<InboxItem> item(String workspaceId, Network network, String externalId) {
            return items.findByExternalId(workspaceId, network, externalId);
        }

        @Override
        public Optional<UUID> postId(String workspaceId, Network network, String externalPostId) {
            return publishedPosts.findPostId(workspaceId, network.name(), externalPostId);
        }

        @Override
        public Conversation conversation(String workspaceId, UUID id) {
            return conversations.lockInWorkspace(workspaceId, id).orElseThrow();
        }

        @Override
        public Optional<Conversation> thread(String workspaceId, Network network, String channelId, String threadKey) {
            locks.lock(threadLock(workspaceId, network, channelId, threadKey));
            return conversations.lockByThread(workspaceId, network, channelId, threadKey);
        }

        @Override
        public Conversation opened(Conversation conversation) {
            conversations.persist(conversation);
            return conversation;
        }

        @Override
        public void added(InboxItem item) {
            items.persist(item);
        }
    };

    private void addTo(Conversation conversation, InboxItem item) {
        boolean newCycle = false;
        if (conversation.itemCount > 0 && conversation.status != ConversationStatus.OPEN
                && !item.receivedAt.isBefore(conversation.lastItemAt)) {
            newCycle = conversation.isClosed();
            reopen(conversation, item.receivedAt);
        }
        boolean latest = !item.receivedAt.isBefore(conversation.lastItemAt);
        if (latest) {
            conversation.lastItemAt = item.receivedAt;
            conversation.latestText = preview(item.text);
            conversation.sentiment = item.sentiment;
            conversation.language = item.language;
        }
        if (conversation.postId == null) {
            conversation.postId = item.postId;
        }
        conversation.itemCount++;
        conversation.addSearchText(item.text);
        ListeningMatch match = listening.match(conversation.workspaceId, item.text);
        Set<String> tags = new LinkedHashSet<>(conversation.tags);
        tags.addAll(match.tags());
        conversation.tags = new ArrayList<>(tags);
        Priority before = conversation.priority;
        conversation.priority = conversation.priority.atLeast(match.raisePriorityTo());
        if (conversation.itemCount == 1 || newCycle || before != conversation.priority) {
            sla.schedule(conversation);
        }
        item.conversationId = conversation.id;
        item.conversationVersion = conversation.touch();
    }

    private static void reopen(Conversation conversation, Instant at) {
        if (conversation.isClosed()) {
            conversation.openedAt = at;
            conversation.firstResponseAt = null;
            conversation.closedAt = null;
            conversation.firstResponseBreached = false;
            conversation.resolutionBreached = false;
        }
        conversation.status = ConversationStatus.OPEN;
        conversation.snoozedUntil = null;
    }

    static InboxItem newItem(String workspaceId, NewInboxItem request) {
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.workspaceId = workspaceId;
        item.network = request.parsedNetwork();
        item.channelId = request.channelId();
        item.externalId = request.externalId();
        item.kind = request.parsedKind();
        item.authorHandle = request.author().handle();
        item.authorName = request.author().name();
        item.authorExternalId = request.author().externalId();
        item.text = request.text();
        item.receivedAt = request.receivedAt();
        item.recordedAt = Instant.now();
        item.parentExternalId = request.parentExternalId();
        item.conversationExternalId = request.conversationExternalId();
        item.postExternalId = request.postExternalId();
        return item;
    }

    private static String preview(String text) {
        return text.length() <= 280 ? text : text.substring(0, 280);
    }
}
