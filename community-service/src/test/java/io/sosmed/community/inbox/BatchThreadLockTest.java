package io.sosmed.community.inbox;

import static io.sosmed.community.inbox.InboxFixtures.ACME;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A batch joining a conversation that another transaction is updating (a reply on another partition joining the same
 * DM thread): the batch waits for the row and then joins the conversation with the other transaction's update kept,
 * instead of opening a second conversation for the same thread or overwriting the update.
 */
@QuarkusTest
class BatchThreadLockTest {

    private static final long WAIT_SECONDS = Interleaving.PATIENCE.toSeconds();

    @Inject
    ItemIngestion ingestion;

    @Inject
    BatchIngestion batches;

    @Inject
    ItemUnderstanding understanding;

    @Inject
    EntityManager em;

    @Test
    void batchWaitsForAConversationUpdatedMeanwhileAndJoinsIt() throws Exception {
        String author = unique("dm-author");
        UUID conversationId = ingestion.ingest(ACME, dm(author, "Halo, pesanan saya belum sampai")).conversation().id;
        CountDownLatch updated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        try (Interleaving interleaving = new Interleaving(em)) {
            Future<?> updating = interleaving.start(() -> QuarkusTransaction.requiringNew().call(() -> {
                em.createNativeQuery("update conversation set version = version + 1, item_count = item_count + 1"
                        + " where id = ?1").setParameter(1, conversationId).executeUpdate();
                updated.countDown();
                assertThat(commit.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                return null;
            }));
            assertThat(updated.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            BatchIngestion.Received second = InboxFixtures.received(understanding, ACME,
                    dm(author, "Masih belum ada kabar"));
            Future<Integer> storing = interleaving.start(() -> batches.ingest("batch-thread-lock-test",
                    List.of(second), CompletableFuture.completedFuture(null)));
            interleaving.awaitDoneOrBlocked(storing);
            commit.countDown();
            updating.get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertThat(storing.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(second.item().conversationId).isEqualTo(conversationId);
        }
        Conversation conversation = QuarkusTransaction.requiringNew().call(() -> em.find(Conversation.class,
                conversationId));
        assertThat(conversation.itemCount).as("one item, one update meanwhile, one item of the batch").isEqualTo(3);
    }

    private static NewInboxItem dm(String author, String text) {
        return new NewInboxItem("X", "x-dm-lock", unique("dm-lock"), "DM", new NewInboxItem.Author(author, "Rudi", null),
                text, Instant.now(), null, null, null);
    }
}
