package io.sosmed.community.inbox;

import static io.restassured.RestAssured.given;
import static io.sosmed.community.inbox.InboxFixtures.ACME;
import static io.sosmed.community.inbox.InboxFixtures.CHANNEL;
import static io.sosmed.community.inbox.InboxFixtures.comment;
import static io.sosmed.community.inbox.InboxFixtures.conversation;
import static io.sosmed.community.inbox.InboxFixtures.ingest;
import static io.sosmed.community.inbox.InboxFixtures.post;
import static io.sosmed.community.inbox.InboxFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Items arriving over HTTP and Kafka: once only, threaded, linked to our posts, understood, searchable, isolated. */
@QuarkusTest
class InboxIngestionTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final String CONVERSATIONS = "/api/v1/workspaces/acme/conversations";

    @Test
    void itemPostedTwiceAppearsOnce() {
        String word = "dupl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> body = comment(unique("dup"), "Where is my order " + word);
        String firstId = post(DemoUser.INTEGRATION, ACME, body).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/workspaces/acme/inbox/items/")).extract().path("id");
        String secondId = post(DemoUser.INTEGRATION, ACME, body).then().statusCode(200).extract().path("id");
        assertThat(secondId).isEqualTo(firstId);

        given().auth().oauth2(DemoUser.VERA.token()).queryParam("q", word).when().get(CONVERSATIONS)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].itemCount", equalTo(1));
    }

    @Test
    void itemFromKafkaIsIngestedOnceAndRepliesThreadIntoItsConversation() {
        String rootId = unique("kafka-root");
        String marker = "kf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String data = """
                {"network":"X","channelId":"x-main","externalId":"%s","kind":"MENTION",
                 "author":{"handle":"sari","name":"Sari"},"text":"@acme my package never arrived %s",
                 "receivedAt":"%s","futureField":"ignored"}""".formatted(rootId, marker, Instant.now());
        String event = InboxFixtures.cloudEvent("sosmed.inbox.item.received.v1", ACME, rootId, data);
        InboxFixtures.sendInboxEvent(rootId, event);
        InboxFixtures.sendInboxEvent(rootId, event.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + UUID.randomUUID() + "\""));

        String conversationId = await().atMost(DELIVERY).until(() -> findConversationByText(marker),
                id -> id != null);
        Map<String, Object> reply = InboxFixtures.item("COMMENT", CHANNEL, unique("kafka-child"), "sari", "Sari",
                "still waiting, please help");
        reply.put("parentExternalId", rootId);
        String childConversation = ingest(reply);

        assertThat(childConversation).isEqualTo(conversationId);
        conversation(DemoUser.VERA, ACME, conversationId).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].externalId", equalTo(rootId))
                .body("conversation.itemCount", equalTo(2));
    }

    @Test
    void commentOnOurPublishedPostLandsInAConversationLinkedToThePost() {
        UUID postId = UUID.randomUUID();
        String postExternalId = unique("tweet");
        String published = """
                {"postId":"%s","channelId":"x-main","network":"X","attemptId":"%s","externalId":"%s",
                 "url":"https://x.com/acme/status/1","scheduledAt":null,"publishedAt":"%s"}"""
                .formatted(postId, UUID.randomUUID(), postExternalId, Instant.now());
        InboxFixtures.kafka().sendCloudEvent(Topics.POST_LIFECYCLE, postId.toString(),
                InboxFixtures.cloudEvent("sosmed.post.published.v1", ACME, postId.toString(), published));

        Map<String, Object> body = comment(unique("reply-to-post"), "Love this launch!");
        body.put("parentExternalId", postExternalId);
        String conversationId = ingest(body);

        await().atMost(DELIVERY).untilAsserted(() -> conversation(DemoUser.VERA, ACME, conversationId)
                .then().statusCode(200)
                .body("conversation.postId", equalTo(postId.toString()))
                .body("items[0].postId", equalTo(postId.toString())));
        Map<String, Object> second = comment(unique("second-reply-to-post"), "Another top-level comment");
        second.put("parentExternalId", postExternalId);
        String secondConversation = ingest(second);
        assertThat(secondConversation).as("each top-level comment is its own thread").isNotEqualTo(conversationId);
        conversation(DemoUser.VERA, ACME, secondConversation).then().body("conversation.postId", equalTo(postId.toString()));
    }

    @Test
    void directMessagesFromOneAuthorOnAChannelShareAThread() {
        String handle = unique("dm-author");
        String first = ingest(InboxFixtures.item("DM", "ig-brand", unique("dm"), handle, "Dewi", "Halo, saya mau tanya"));
        String second = ingest(InboxFixtures.item("DM", "ig-brand", unique("dm"), handle, "Dewi", "Apakah toko buka?"));
        String otherChannel = ingest(InboxFixtures.item("DM", "fb-page", unique("dm"), handle, "Dewi", "Halo"));
        assertThat(second).isEqualTo(first);
        assertThat(otherChannel).isNotEqualTo(first);
    }

    @Test
    void indonesianComplaintIsDetectedAsIndonesianAndNegativeAndFilterable() {
        Map<String, Object> body = comment(unique("keluhan"), "pelayanan kalian buruk sekali, saya kecewa");
        String conversationId = ingest(body);

        conversation(DemoUser.VERA, ACME, conversationId).then().statusCode(200)
                .body("items[0].language", equalTo("id"))
                .body("items[0].sentiment", equalTo("NEGATIVE"))
                .body("items[0].sentimentScore", org.hamcrest.Matchers.lessThan(0f))
                .body("conversation.sentiment", equalTo("NEGATIVE"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("sentiment", "negative").queryParam("q", "kecewa")
                .queryParam("limit", 100).when().get(CONVERSATIONS)
                .then().statusCode(200).body("items.id", hasItem(conversationId));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("sentiment", "positive").queryParam("q", "kecewa")
                .queryParam("limit", 100).when().get(CONVERSATIONS)
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(conversationId)));
    }

    @Test
    void fullTextSearchStemsEnglishAndFoldsIndonesianAccents() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String english = ingest(comment(unique("fts-en"), "The couriers were delivering " + marker + " late"));
        String indonesian = ingest(comment(unique("fts-id"), "Kurirnya terlambat lagi " + marker + " kecéwa"));

        List<String> stemmed = search("deliver " + marker);
        assertThat(stemmed).containsExactly(english);
        List<String> folded = search("kecewa " + marker);
        assertThat(folded).containsExactly(indonesian);
    }

    @Test
    void wordsOfAReplyFindItsConversationAndTheFirstItemsWordsStay() {
        String first = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String second = "zs" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String rootId = unique("fts-root");
        String conversationId = ingest(comment(rootId, "My parcel is lost " + first));
        Map<String, Object> reply = comment(unique("fts-reply"), "Masih belum sampai " + second);
        reply.put("parentExternalId", rootId);
        assertThat(ingest(reply)).isEqualTo(conversationId);

        assertThat(search(second)).containsExactly(conversationId);
        assertThat(search(first)).containsExactly(conversationId);
        assertThat(search(first + " " + second)).containsExactly(conversationId);
        assertThat(search("parcels " + second)).containsExactly(conversationId);
    }

    @Test
    void searchForACommonWordWalksTheInboxOrderAcrossPages() {
        String common = "cw" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        int conversations = ConversationSearch.FEW_MATCHES + 5;
        for (int i = 0; i < conversations; i++) {
            ingest(comment(unique("common"), "order " + i + " " + common));
        }
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth().oauth2(DemoUser.VERA.token()).queryParam("q", common).queryParam("limit", 100)
                    .queryParam("cursor", cursor).when().get(CONVERSATIONS).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().hasSize(conversations);
    }

    @Test
    void listPagesWithACursorAndFiltersByKindChannelAndNetwork() {
        String channel = unique("paging-channel");
        for (int i = 0; i < 3; i++) {
            ingest(InboxFixtures.item("REVIEW", channel, unique("review"), "rev" + i, "Reviewer", "Review number " + i));
        }
        var first = given().auth().oauth2(DemoUser.VERA.token()).queryParam("channelId", channel)
                .queryParam("kind", "REVIEW").queryParam("network", "X").queryParam("limit", 2)
                .when().get(CONVERSATIONS).then().statusCode(200).body("items", hasSize(2)).extract();
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotNull();
        var second = given().auth().oauth2(DemoUser.VERA.token()).queryParam("channelId", channel)
                .queryParam("kind", "REVIEW").queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get(CONVERSATIONS).then().statusCode(200).body("items", hasSize(1)).extract();
        assertThat(second.<String>path("nextCursor")).isNull();
        List<String> all = new java.util.ArrayList<>(first.<List<String>>path("items.id"));
        all.addAll(second.path("items.id"));
        assertThat(all).doesNotHaveDuplicates().hasSize(3);
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("channelId", channel).queryParam("kind", "DM")
                .when().get(CONVERSATIONS).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void invalidItemsAndFiltersAreRejectedWithFieldErrors() {
        Map<String, Object> body = comment(unique("bad"), "text");
        body.put("network", "MYSPACE");
        body.put("kind", "LETTER");
        body.remove("receivedAt");
        post(DemoUser.INTEGRATION, ACME, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("network", "kind", "receivedAt"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("status", "LOST").queryParam("sla", "soon")
                .when().get(CONVERSATIONS).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("status", "sla"));
        given().auth().oauth2(DemoUser.VERA.token()).queryParam("cursor", "nonsense")
                .when().get(CONVERSATIONS).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void onlyAdminsAgentsAndIntegrationsPostItemsAndOtherWorkspacesSeeNothing() {
        Map<String, Object> body = comment(unique("roles"), "hello acme");
        post(DemoUser.VERA, ACME, body).then().statusCode(403).contentType("application/problem+json");
        post(DemoUser.EDDIE, ACME, body).then().statusCode(403);
        String conversationId = post(DemoUser.GABE, ACME, body).then().statusCode(201).extract().path("conversationId");
        post(DemoUser.ALICE, ACME, comment(unique("roles"), "admin adds one")).then().statusCode(201);

        conversation(DemoUser.OSCAR, ACME, conversationId).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DemoUser.OSCAR.token()).when().get(CONVERSATIONS).then().statusCode(404);
        post(DemoUser.OSCAR, ACME, comment(unique("oscar"), "sneaky")).then().statusCode(404);
        conversation(DemoUser.OSCAR, InboxFixtures.GLOBEX, conversationId).then().statusCode(404);
        given().when().get(CONVERSATIONS).then().statusCode(401);
    }

    private static String findConversationByText(String phrase) {
        List<String> ids = search(phrase);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static List<String> search(String q) {
        return given().auth().oauth2(DemoUser.VERA.token()).queryParam("q", q).queryParam("limit", 100)
                .when().get(CONVERSATIONS).then().statusCode(200).extract().path("items.id");
    }
}
