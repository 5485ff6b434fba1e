package io.sosmed.community.inbox;

import static io.sosmed.community.inbox.InboxFixtures.ACME;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch joining a conversation that another transaction is updating (a reply on another partition joining the same
 * DM thread): the batch waits for the row and then joins the conversation with the other transaction's update kept,
 * instead of opening a second conversation for the same thread or overwriting the update.
 */
@QuarkusTest
class BatchThreadLockTest {

    private static final long WAIT_SECONDS = 30;

    @Inject
    ItemIngestion ingestion;

    @Inject
    BatchIngestion batches;

    @Inject
    ItemUnderstanding understanding;

    @Inject
    EntityManager em;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void batchWaitsForAConversationUpdatedMeanwhileAndJoinsIt() throws Exception {
        String author = unique("dm-author");
        UUID conversationId = ingestion.ingest(ACME, dm(author, "Halo, pesanan saya belum sampai")).conversation().id;
        CountDownLatch updated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        Future<?> updating = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("update conversation set version = version + 1, item_count = item_count + 1"
                    + " where id = ?1").setParameter(1, conversationId).executeUpdate();
            updated.countDown();
            assertThat(commit.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            return null;
        }));
        assertThat(updated.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        NewInboxItem second = dm(author, "Masih belum ada kabar");
        InboxItem item = ItemIngestion.newItem(ACME, second);
        understanding.annotate(item);
        Future<Integer> storing = pool.submit(() -> batches.ingest("batch-thread-lock-test", List.of(
                new BatchIngestion.Received(UUID.randomUUID().toString(), "sosmed.inbox.item.received.v1", second,
                        item)), CompletableFuture.completedFuture(null)));
        await().atMost(Duration.ofSeconds(WAIT_SECONDS)).until(() -> storing.isDone() || someoneWaitsForARow());
        commit.countDown();
        updating.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(storing.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(item.conversationId).isEqualTo(conversationId);
        Conversation conversation = QuarkusTransaction.requiringNew().call(() -> em.find(Conversation.class,
                conversationId));
        assertThat(conversation.itemCount).as("one item, one update meanwhile, one item of the batch").isEqualTo(3);
    }

    private static NewInboxItem dm(String author, String text) {
        return new NewInboxItem("X", "x-dm-lock", unique("dm-lock"), "DM", new NewInboxItem.Author(author, "Rudi", null),
                text, Instant.now(), null, null, null);
    }

    private boolean someoneWaitsForARow() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()")
                .getSingleResult()).longValue() > 0);
    }
}
