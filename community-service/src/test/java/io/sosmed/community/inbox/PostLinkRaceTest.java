package io.sosmed.community.inbox;

import static io.sosmed.community.inbox.InboxFixtures.ACME;
import static io.sosmed.community.inbox.InboxFixtures.CHANNEL;
import static io.sosmed.community.inbox.InboxFixtures.conversation;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.community.post.PostPublished;
import io.sosmed.community.post.PublishedPosts;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A post published while a comment on it is being stored: the {@code post.published} transaction runs after the
 * comment is written and before it commits, the interleaving in which the linking update cannot see the comment yet.
 * The comment must end up linked to the post all the same, on the one-item path and in a Kafka batch.
 */
@QuarkusTest
class PostLinkRaceTest {

    private static final long WAIT_SECONDS = Interleaving.PATIENCE.toSeconds();

    @Inject
    ItemIngestion ingestion;

    @Inject
    BatchIngestion batches;

    @Inject
    ItemUnderstanding understanding;

    @Inject
    PublishedPosts publishedPosts;

    @Inject
    EntityManager em;

    @Test
    void commentStoredOneByOneWhileItsPostIsPublishedIsLinked() throws Exception {
        commentStoredWhilePublishedIsLinked(comment -> ingestion.ingest(ACME, comment).conversation().id);
    }

    @Test
    void commentStoredInABatchWhileItsPostIsPublishedIsLinked() throws Exception {
        commentStoredWhilePublishedIsLinked(comment -> {
            BatchIngestion.Received received = InboxFixtures.received(understanding, ACME, comment);
            assertThat(batches.ingest("post-link-race-test", List.of(received), CompletableFuture.completedFuture(null)))
                    .isEqualTo(1);
            return received.item().conversationId;
        });
    }

    private void commentStoredWhilePublishedIsLinked(Function<NewInboxItem, UUID> store) throws Exception {
        String postExternalId = unique("race-tweet");
        UUID postId = UUID.randomUUID();
        NewInboxItem comment = new NewInboxItem("X", CHANNEL, unique("race-comment"), "COMMENT",
                new NewInboxItem.Author("tari", "Tari", null), "Is this available in Medan?", Instant.now(),
                postExternalId, null, null);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        try (Interleaving interleaving = new Interleaving(em)) {
            Future<UUID> storing = interleaving.start(() -> QuarkusTransaction.requiringNew().call(() -> {
                UUID conversationId = store.apply(comment);
                written.countDown();
                assertThat(commit.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                return conversationId;
            }));
            assertThat(written.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            Future<?> recording = interleaving.start(() -> QuarkusTransaction.requiringNew().call(() -> {
                publishedPosts.record(ACME, new PostPublished(postId, CHANNEL, "X", postExternalId,
                        "https://x.com/acme/status/2", Instant.now()));
                return null;
            }));
            interleaving.awaitDoneOrBlocked(recording);
            commit.countDown();
            UUID conversationId = storing.get(WAIT_SECONDS, TimeUnit.SECONDS);
            recording.get(WAIT_SECONDS, TimeUnit.SECONDS);

            conversation(DemoUser.VERA, ACME, conversationId.toString()).then().statusCode(200)
                    .body("conversation.postId", equalTo(postId.toString()))
                    .body("items[0].postId", equalTo(postId.toString()));
        }
    }
}
