package io.sosmed.community.inbox;

import io.quarkus.logging.Log;
import io.sosmed.community.lock.AdvisoryLocks;
import io.sosmed.community.post.PublishedPosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Takes a batch of received items into the inbox in one transaction, with a fixed number of statements whatever
 * its size: the batch's event ids are claimed in one insert (processed-event table, like {@code IdempotentConsumer}),
 * items already stored are found in one query, parents, posts and conversations in one query each, and new
 * conversations and items are written with one insert per table ({@link NewRows}). Items are placed one after the other in batch order with
 * {@link ItemIngestion#place}, so a reply finds a parent earlier in the same batch and two items of one conversation
 * update it in turn, exactly as if they had come one by one. Language and sentiment are detected meanwhile
 * ({@link BatchUnderstanding}): the transaction claims, locks and reads while they are, and places the items once
 * they are done.
 */
@ApplicationScoped
public class BatchIngestion {

    private final EntityManager em;
    private final ItemIngestion ingestion;
    private final InboxItemRepository items;
    private final ConversationRepository conversations;
    private final PublishedPosts publishedPosts;
    private final AdvisoryLocks locks;
    private final NewRows newRows;

    public BatchIngestion(EntityManager em, ItemIngestion ingestion, InboxItemRepository items,
            ConversationRepository conversations, PublishedPosts publishedPosts, AdvisoryLocks locks, NewRows newRows) {
        this.em = em;
        this.ingestion = ingestion;
        this.items = items;
        this.conversations = conversations;
        this.publishedPosts = publishedPosts;
        this.locks = locks;
        this.newRows = newRows;
    }

    /** An {@code inbox.item.received} event: its id and type, the item as sent and as built (annotated). */
    public record Received(String eventId, String eventType, NewInboxItem request, InboxItem item) {
    }

    /**
     * Stores the batch's new items; events this consumer processed before and items already stored (also earlier
     * in the batch) are skipped. Returns how many items were stored.
     *
     * @param annotated completes when every item of the batch has its language and sentiment
     */
    @Transactional
    public int ingest(String consumer, List<Received> batch, CompletableFuture<Void> annotated) {
        long start = System.nanoTime();
        List<Received> fresh = claimed(consumer, batch);
        if (fresh.isEmpty()) {
            return 0;
        }
        long claimedAt = System.nanoTime();
        locks.lockAll(fresh.stream().map(r -> ItemIngestion.itemLock(r.item().workspaceId, r.item().network,
                r.item().externalId)).toList(), fresh.stream().flatMap(r -> ItemIngestion.postLinkLocks(r.item())).toList());
        long itemsLockedAt = System.nanoTime();
        BatchThreads threads = new BatchThreads();
        threads.loadItems(fresh);
        threads.loadPosts(fresh);
        long readAt = System.nanoTime();
        threads.loadConversations(fresh);
        long conversationsAt = System.nanoTime();
        annotated.join();
        long loadedAt = System.nanoTime();
        int stored = 0;
        List<InboxItem> added = new ArrayList<>();
        for (Received received : fresh) {
            InboxItem item = received.item();
            if (threads.item(item.workspaceId, item.network, item.externalId).isPresent()) {
                continue;
            }
            ingestion.place(received.request(), item, threads);
            added.add(item);
            stored++;
        }
        long placedAt = System.nanoTime();
        em.flush();
        newRows.insertConversations(threads.opened);
        newRows.insertItems(added);
        long flushedAt = System.nanoTime();
        Log.debugf("Stored %d of a batch of %d inbox items (%d conversations opened): claim %d ms, locks and reads %d ms"
                + " (item locks %d, items and posts %d, thread locks and conversations %d), waiting for detection %d ms,"
                + " placing %d ms, writes %d ms", stored, batch.size(), threads.opened.size(), millis(start, claimedAt),
                millis(claimedAt, conversationsAt), millis(claimedAt, itemsLockedAt), millis(itemsLockedAt, readAt),
                millis(readAt, conversationsAt), millis(conversationsAt, loadedAt), millis(loadedAt, placedAt),
                millis(placedAt, flushedAt));
        return stored;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The batch's events not processed before by {@code consumer}, each once, claimed in one statement. */
    private List<Received> claimed(String consumer, List<Received> batch) {
        String[] ids = batch.stream().map(Received::eventId).toArray(String[]::new);
        String[] types = batch.stream().map(Received::eventType).toArray(String[]::new);
        @SuppressWarnings("unchecked")
        List<String> claimed = em.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type, processed_at)
                        select ?1, e.id, e.type, now() from unnest(cast(?2 as text[]), cast(?3 as text[])) as e(id, type)
                        on conflict do nothing
                        returning event_id""", String.class)
                .setParameter(1, consumer).setParameter(2, ids).setParameter(3, types).getResultList();
        Set<String> unclaimed = new HashSet<>(claimed);
        return batch.stream().filter(r -> unclaimed.remove(r.eventId())).toList();
    }

    private record ItemKey(String workspaceId, Network network, String externalId) {
    }

    private record ThreadKey(String workspaceId, Network network, String channelId, String threadKey) {
    }

    /**
     * The batch's view of the inbox: what was read for the whole batch plus what the batch added. A key not read
     * in advance (not expected) is looked up as on the one-item path.
     */
    private final class BatchThreads implements ItemIngestion.Threads {

        private final Map<ItemKey, Optional<InboxItem>> itemsByKey = new HashMap<>();
        private final Map<ItemKey, Optional<UUID>> postsByKey = new HashMap<>();
        private final Map<UUID, Conversation> conversationsById = new HashMap<>();
        private final Map<ThreadKey, Optional<Conversation>> threadsByKey = new HashMap<>();
        private final List<Conversation> opened = new ArrayList<>();

        /** Items of the batch already stored, and the parents the batch's items name: one query. */
        void loadItems(List<Received> batch) {
            Set<ItemKey> keys = new HashSet<>();
            for (Received received : batch) {
                InboxItem item = received.item();
                keys.add(new ItemKey(item.workspaceId, item.network, item.externalId));
                if (item.parentExternalId != null) {
                    keys.add(new ItemKey(item.workspaceId, item.network, item.parentExternalId));
                }
            }
            keys.forEach(key -> itemsByKey.put(key, Optional.empty()));
            @SuppressWarnings("unchecked")
            List<InboxItem> stored = em.createNativeQuery("""
                            select i.* from inbox_item i
                            join (select distinct * from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[])))
                                 as k(workspace_id, network, external_id)
                              on i.workspace_id = k.workspace_id and i.network = k.network
                             and i.external_id = k.external_id""", InboxItem.class)
                    .setParameter(1, keys.stream().map(ItemKey::workspaceId).toArray(String[]::new))
                    .setParameter(2, keys.stream().map(k -> k.network().name()).toArray(String[]::new))
                    .setParameter(3, keys.stream().map(ItemKey::externalId).toArray(String[]::new))
                    .getResultList();
            stored.forEach(item -> itemsByKey.put(new ItemKey(item.workspaceId, item.network, item.externalId),
                    Optional.of(item)));
        }

        /** Our posts the batch's items answer or name: one query. */
        void loadPosts(List<Received> batch) {
            Set<ItemKey> keys = new HashSet<>();
            for (Received received : batch) {
                InboxItem item = received.item();
                for (String externalId : new String[] {item.parentExternalId, item.postExternalId}) {
                    if (externalId != null) {
                        keys.add(new ItemKey(item.workspaceId, item.network, externalId));
                    }
                }
            }
            keys.forEach(key -> postsByKey.put(key, Optional.empty()));
            if (keys.isEmpty()) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select p.workspace_id, p.network, p.external_id, p.post_id from published_post p
                            join (select distinct * from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[])))
                                 as k(workspace_id, network, external_id)
                              on p.workspace_id = k.workspace_id and p.network = k.network
                             and p.external_id = k.external_id""")
                    .setParameter(1, keys.stream().map(ItemKey::workspaceId).toArray(String[]::new))
                    .setParameter(2, keys.stream().map(k -> k.network().name()).toArray(String[]::new))
                    .setParameter(3, keys.stream().map(ItemKey::externalId).toArray(String[]::new))
                    .getResultList();
            for (Object[] row : rows) {
                postsByKey.put(new ItemKey((String) row[0], Network.valueOf((String) row[1]), (String) row[2]),
                        Optional.of((UUID) row[3]));
            }
        }

        /**
         * Locks the thread keys the batch's items may open or join (not those of replies whose parent is stored or
         * comes earlier in the batch: they join the parent's conversation), finds those conversations, then reads and
         * row-locks (in id order) them and the conversations of stored parents: one statement each.
         */
        void loadConversations(List<Received> batch) {
            Set<ThreadKey> keys = new HashSet<>();
            Set<UUID> parentConversations = new HashSet<>();
            Set<ItemKey> earlier = new HashSet<>();
            for (Received received : batch) {
                InboxItem item = received.item();
                Optional<InboxItem> storedParent = item.parentExternalId == null ? Optional.empty()
                        : item(item.workspaceId, item.network, item.parentExternalId);
                storedParent.ifPresent(parent -> parentConversations.add(parent.conversationId));
                boolean joinsParent = item.conversationExternalId == null && (storedParent.isPresent()
                        || earlier.contains(new ItemKey(item.workspaceId, item.network, item.parentExternalId)));
                earlier.add(new ItemKey(item.workspaceId, item.network, item.externalId));
                if (joinsParent) {
                    continue; // placed in its parent's conversation: its own thread key is not needed
                }
                boolean parentIsOurPost = postId(item.workspaceId, item.network, item.parentExternalId).isPresent();
                keys.add(new ThreadKey(item.workspaceId, item.network, item.channelId,
                        ConversationThreading.threadKey(received.request(), parentIsOurPost)));
            }
            locks.lockAll(keys.stream().map(k -> ItemIngestion.threadLock(k.workspaceId(), k.network(), k.channelId(),
                    k.threadKey())).toList(), List.of());
            keys.forEach(key -> threadsByKey.put(key, Optional.empty()));
            Set<UUID> ids = new HashSet<>(parentConversations);
            ids.addAll(conversationIds(keys));
            // Locked by id alone. Locked through a sub-select of the thread keys, a conversation that another
            // transaction was updating (a reply on another partition joining it) was at times missing from the result
            // after the wait, and the batch opened a second conversation for the same thread (the thread's unique key
            // then failed the whole batch: 5 batches of the 2026-11-26 19:50 benchmark run).
            @SuppressWarnings("unchecked")
            List<Conversation> locked = em.createNativeQuery("""
                            select c.* from conversation c where c.id = any(cast(?1 as uuid[]))
                            order by c.id for update""", Conversation.class)
                    .setParameter(1, ids.toArray(UUID[]::new))
                    .getResultList();
            for (Conversation conversation : locked) {
                conversationsById.put(conversation.id, conversation);
                threadsByKey.put(new ThreadKey(conversation.workspaceId, conversation.network, conversation.channelId,
                        conversation.threadKey), Optional.of(conversation));
            }
        }

        /** Ids of the conversations with these thread keys: one query, no lock (the keys are locked). */
        private List<UUID> conversationIds(Set<ThreadKey> keys) {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("""
                            select t.id from conversation t
                            join unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]))
                                 as k(workspace_id, network, channel_id, thread_key)
                              on t.workspace_id = k.workspace_id and t.network = k.network
                             and t.channel_id = k.channel_id and t.thread_key = k.thread_key""", UUID.class)
                    .setParameter(1, keys.stream().map(ThreadKey::workspaceId).toArray(String[]::new))
                    .setParameter(2, keys.stream().map(k -> k.network().name()).toArray(String[]::new))
                    .setParameter(3, keys.stream().map(ThreadKey::channelId).toArray(String[]::new))
                    .setParameter(4, keys.stream().map(ThreadKey::threadKey).toArray(String[]::new))
                    .getResultList();
            return ids;
        }

        @Override
        public Optional<InboxItem> item(String workspaceId, Network network, String externalId) {
            return itemsByKey.computeIfAbsent(new ItemKey(workspaceId, network, externalId),
                    key -> items.findByExternalId(workspaceId, network, externalId));
        }

        @Override
        public Optional<UUID> postId(String workspaceId, Network network, String externalPostId) {
            if (externalPostId == null) {
                return Optional.empty();
            }
            return postsByKey.computeIfAbsent(new ItemKey(workspaceId, network, externalPostId),
                    key -> publishedPosts.findPostId(workspaceId, network.name(), externalPostId));
        }

        @Override
        public Conversation conversation(String workspaceId, UUID id) {
            Conversation conversation = conversationsById.get(id);
            if (conversation == null || !conversation.workspaceId.equals(workspaceId)) {
                conversation = conversations.lockInWorkspace(workspaceId, id).orElseThrow();
                conversationsById.put(id, conversation);
            }
            return conversation;
        }

        @Override
        public Optional<Conversation> thread(String workspaceId, Network network, String channelId, String threadKey) {
            return threadsByKey.computeIfAbsent(new ThreadKey(workspaceId, network, channelId, threadKey), key -> {
                locks.lock(ItemIngestion.threadLock(workspaceId, network, channelId, threadKey));
                return conversations.lockByThread(workspaceId, network, channelId, threadKey);
            });
        }

        @Override
        public Conversation opened(Conversation conversation) {
            opened.add(conversation);
            conversationsById.put(conversation.id, conversation);
            threadsByKey.put(new ThreadKey(conversation.workspaceId, conversation.network, conversation.channelId,
                    conversation.threadKey), Optional.of(conversation));
            return conversation;
        }

        @Override
        public void added(InboxItem item) {
            itemsByKey.put(new ItemKey(item.workspaceId, item.network, item.externalId), Optional.of(item));
        }
    }
}
