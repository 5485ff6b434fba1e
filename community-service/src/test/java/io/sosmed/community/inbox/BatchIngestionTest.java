package io.sosmed.community.inbox;

import static io.restassured.RestAssured.given;
import static io.sosmed.community.inbox.InboxFixtures.ACME;
import static io.sosmed.community.inbox.InboxFixtures.conversation;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Items arriving as one Kafka poll: {@link InboxEventsConsumer#apply} is called with the batch as the connector
 * hands it over, so the records are known to share one batch; the last test goes through the broker.
 */
@QuarkusTest
class BatchIngestionTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String CONVERSATIONS = "/api/v1/workspaces/acme/conversations";
    private static final String RECEIVED = "sosmed.inbox.item.received.v1";

    @Inject
    InboxEventsConsumer consumer;

    @Test
    void duplicatesInsideOneBatchAreStoredOnce() {
        String marker = marker();
        String externalId = unique("batch-dup");
        String event = itemEvent(externalId, "COMMENT", "dup-author", "Where is my parcel " + marker, null);
        String sameItemOtherEvent = withNewEventId(event);
        String other = itemEvent(unique("batch-dup-other"), "COMMENT", "dup-author2", "Another one " + marker, null);

        Map<Integer, RuntimeException> rejected = consumer.apply(List.of(event, event, sameItemOtherEvent, other));

        assertThat(rejected).isEmpty();
        List<String> conversations = search(marker);
        assertThat(conversations).hasSize(2);
        for (String id : conversations) {
            conversation(DemoUser.VERA, ACME, id).then().statusCode(200).body("items", hasSize(1));
        }
        assertThat(consumer.apply(List.of(sameItemOtherEvent, withNewEventId(other)))).isEmpty();
        assertThat(search(marker)).hasSize(2);
        conversation(DemoUser.VERA, ACME, conversations.get(0)).then().body("items", hasSize(1));
    }

    @Test
    void twoItemsOfOneConversationInOneBatchUpdateItInTurn() {
        String marker = marker();
        String root = unique("batch-root");
        String reply = unique("batch-reply");
        String handle = unique("batch-dm");
        Instant at = Instant.now();
        Map<Integer, RuntimeException> rejected = consumer.apply(List.of(
                itemEvent(root, "MENTION", "rina", "@acme my order is late " + marker, null, at),
                itemEvent(reply, "COMMENT", "rina", "still nothing, terrible " + marker, root, at.plusSeconds(5)),
                itemEvent(unique("batch-dm-1"), "DM", handle, "Halo " + marker, null, at),
                itemEvent(unique("batch-dm-2"), "DM", handle, "Apakah ada diskon " + marker, null, at.plusSeconds(1))));

        assertThat(rejected).isEmpty();
        List<String> conversations = search(marker);
        assertThat(conversations).hasSize(2);
        for (String id : conversations) {
            conversation(DemoUser.VERA, ACME, id).then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("conversation.itemCount", equalTo(2))
                    .body("conversation.version", equalTo(2))
                    .body("conversation.status", equalTo("OPEN"));
        }
        String thread = conversations.stream()
                .filter(id -> conversation(DemoUser.VERA, ACME, id).then().extract().path("items[0].externalId")
                        .equals(root))
                .findFirst().orElseThrow();
        conversation(DemoUser.VERA, ACME, thread).then()
                .body("items.externalId", contains(root, reply))
                .body("conversation.latestText", equalTo("still nothing, terrible " + marker));
    }

    @Test
    void conversationOpenedByABatchIsStoredAsPlacingDecidedIt() {
        String marker = marker();
        String hashtag = "launch" + marker;
        ConversationWorkflowTest.as(DemoUser.ALICE).body(Map.of("rules", List.of(
                        Map.of("type", "HASHTAG", "term", hashtag, "tag", "launch-watch", "raisePriorityTo", "URGENT"))))
                .put("/api/v1/workspaces/acme/listening-rules").then().statusCode(200);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String externalId = unique("batch-fields");

        assertThat(consumer.apply(List.of(itemEvent(externalId, "MENTION", "dina",
                "pelayanan kalian buruk sekali, saya kecewa #" + hashtag, null, at)))).isEmpty();

        List<String> found = search(hashtag);
        assertThat(found).hasSize(1);
        String id = found.get(0);
        var body = conversation(DemoUser.VERA, ACME, id).then().statusCode(200)
                .body("conversation.tags", contains("launch-watch"))
                .body("conversation.priority", equalTo("URGENT"))
                .body("conversation.status", equalTo("OPEN"))
                .body("conversation.kind", equalTo("MENTION"))
                .body("conversation.author.handle", equalTo("dina"))
                .body("conversation.author.name", equalTo("dina"))
                .body("conversation.language", equalTo("id"))
                .body("conversation.sentiment", equalTo("NEGATIVE"))
                .body("conversation.itemCount", equalTo(1))
                .body("conversation.version", equalTo(1))
                .body("items[0].externalId", equalTo(externalId))
                .body("items[0].sentimentScore", lessThan(0f))
                .extract();
        assertThat(Instant.parse(body.path("items[0].receivedAt"))).isEqualTo(at);
        assertThat(Instant.parse(body.path("conversation.lastItemAt"))).isEqualTo(at);
    }

    @Test
    void dmReplyingToAStoredCommentJoinsItsConversationAndTheAuthorsDmThreadGoesOn() {
        String marker = marker();
        String handle = unique("batch-dm-reply");
        String comment = unique("batch-comment");
        String firstDm = unique("batch-dm-first");
        String reply = unique("batch-dm-reply");
        String laterDm = unique("batch-dm-later");
        Instant at = Instant.now();
        assertThat(consumer.apply(List.of(
                itemEvent(firstDm, "DM", handle, "halo admin " + marker, null, at),
                itemEvent(comment, "COMMENT", "budi", "kapan restock " + marker, null, at.plusSeconds(1))))).isEmpty();

        assertThat(consumer.apply(List.of(
                itemEvent(reply, "DM", handle, "saya juga mau tahu " + marker, comment, at.plusSeconds(2)),
                itemEvent(laterDm, "DM", handle, "masih menunggu " + marker, null, at.plusSeconds(3))))).isEmpty();

        List<String> conversations = search(marker);
        assertThat(conversations).hasSize(2);
        List<List<String>> items = conversations.stream()
                .map(id -> conversation(DemoUser.VERA, ACME, id).then().statusCode(200).extract()
                        .<List<String>>path("items.externalId"))
                .toList();
        assertThat(items).containsExactlyInAnyOrder(List.of(comment, reply), List.of(firstDm, laterDm));
    }

    @Test
    void wordsOfItemsAddedByALaterBatchFindTheConversationAndEarlierWordsStay() {
        String first = marker();
        String second = marker();
        String third = marker();
        String root = unique("batch-fts-root");
        Instant at = Instant.now();
        assertThat(consumer.apply(List.of(
                itemEvent(root, "MENTION", "sari", "pesanan saya hilang " + first, null, at)))).isEmpty();
        List<String> conversations = search(first);
        assertThat(conversations).hasSize(1);

        assertThat(consumer.apply(List.of(
                itemEvent(unique("batch-fts-1"), "COMMENT", "sari", "masih belum sampai " + second, root,
                        at.plusSeconds(5)),
                itemEvent(unique("batch-fts-2"), "COMMENT", "sari", "the couriers keep delaying " + third, root,
                        at.plusSeconds(6))))).isEmpty();

        assertThat(search(second)).isEqualTo(conversations);
        assertThat(search("delay " + third)).isEqualTo(conversations);
        assertThat(search(first + " " + second + " " + third)).isEqualTo(conversations);
    }

    @Test
    void recordThatCannotBeStoredIsRejectedAloneAndTheRestOfTheBatchIsStored() {
        String marker = marker();
        String good = itemEvent(unique("batch-good"), "COMMENT", "ok1", "Thanks a lot " + marker, null);
        // Valid JSON and a valid item, but PostgreSQL text cannot hold NUL: the batch transaction fails.
        String unstorable = itemEvent(unique("batch-nul"), "COMMENT", "nul", "bad \\u0000 text " + marker, null);
        String notACloudEvent = "{\"hello\":\"world\"}";
        String alsoGood = itemEvent(unique("batch-good"), "COMMENT", "ok2", "Great service " + marker, null);

        Map<Integer, RuntimeException> rejected = consumer.apply(List.of(good, unstorable, notACloudEvent, alsoGood));

        assertThat(rejected).containsOnlyKeys(1, 2);
        assertThat(search(marker)).hasSize(2);
    }

    @Test
    void poisonMessageInABatchGoesToTheDeadLetterTopicAndTheOthersAreStored() {
        String marker = marker();
        String poisonKey = unique("poison");
        try (var dlq = InboxFixtures.kafka().read(Topics.INBOX_EVENTS + Topics.DEAD_LETTER_SUFFIX)) {
            for (int i = 0; i < 5; i++) {
                String externalId = unique("kafka-batch");
                InboxFixtures.sendInboxEvent(externalId,
                        itemEvent(externalId, "COMMENT", "fan" + i, "Nice post " + i + " " + marker, null));
                if (i == 2) {
                    InboxFixtures.sendInboxEvent(poisonKey,
                            itemEvent(poisonKey, "COMMENT", "nul", "bad \\u0000 " + marker, null));
                }
            }
            await().atMost(DELIVERY).until(() -> dlq.poll().stream().anyMatch(r -> poisonKey.equals(r.key())));
            await().atMost(DELIVERY).until(() -> search(marker).size() == 5);
        }
    }

    private static String marker() {
        return "bt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String itemEvent(String externalId, String kind, String handle, String text, String parent) {
        return itemEvent(externalId, kind, handle, text, parent, Instant.now());
    }

    private static String itemEvent(String externalId, String kind, String handle, String text, String parent,
            Instant receivedAt) {
        String data = """
                {"network":"X","channelId":"x-batch","externalId":"%s","kind":"%s",
                 "author":{"handle":"%s","name":"%s"},"text":"%s","receivedAt":"%s"%s}"""
                .formatted(externalId, kind, handle, handle, text, receivedAt,
                        parent == null ? "" : ",\"parentExternalId\":\"" + parent + "\"");
        return InboxFixtures.cloudEvent(RECEIVED, ACME, externalId, data);
    }

    private static String withNewEventId(String event) {
        return event.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + UUID.randomUUID() + "\"");
    }

    private static List<String> search(String q) {
        return given().auth().oauth2(DemoUser.VERA.token()).queryParam("q", q).queryParam("limit", 100)
                .when().get(CONVERSATIONS).then().statusCode(200).extract().path("items.id");
    }
}
