package io.sosmed.schedule.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.NetworkException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** LinkedIn inbox: comments and replies to comments on recent posts (Community Management API), and replying. */
class LinkedInInboxTest extends LinkedInChannelTest {

    private static final String SHARE = "urn:li:share:6844785523593134080";
    private static final String UGC = "urn:li:ugcPost:6844785523593134081";
    private static final String COMMENT = "urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134090)";
    private static final String REPLY = "urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134091)";
    private static final long CURSOR = 1_764_150_000_000L;

    @Test
    void newCommentsAndRepliesOnRecentPostsAfterTheCursorOldestFirstWithoutOurOwn() {
        stubPosts();
        linkedin.stubFor(get(urlPathEqualTo("/rest/socialActions/" + enc(SHARE) + "/comments"))
                .withHeader("LinkedIn-Version", equalTo("202511")).withHeader("Authorization", equalTo("Bearer li-token"))
                .willReturn(okJson("""
                        {"paging":{"start":0,"count":100,"total":3,"links":[]},"elements":[
                          {"actor":"urn:li:person:bob1","commentUrn":"%s","$URN":"%s","id":"6844785523593134090",
                           "created":{"actor":"urn:li:person:bob1","time":%d},"lastModified":{"time":%d},
                           "message":{"text":"Where can I buy it?","attributes":[]},"object":"%s",
                           "commentsSummary":{"aggregatedTotalComments":1,"totalFirstLevelComments":1}},
                          {"actor":"%s","$URN":"urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134092)",
                           "created":{"actor":"%s","time":%d},"message":{"text":"Our first comment"},"object":"%s",
                           "commentsSummary":{"aggregatedTotalComments":0}},
                          {"actor":"urn:li:person:old1","$URN":"urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134080)",
                           "created":{"actor":"urn:li:person:old1","time":%d},"message":{"text":"Seen before"},"object":"%s",
                           "commentsSummary":{"aggregatedTotalComments":0}}]}"""
                        .formatted(COMMENT, COMMENT, CURSOR + 5_000, CURSOR + 5_000, SHARE, ORG, ORG, CURSOR + 9_000, SHARE,
                                CURSOR - 1_000, SHARE))));
        linkedin.stubFor(get(urlPathEqualTo("/rest/socialActions/" + enc(COMMENT) + "/comments")).willReturn(okJson("""
                {"paging":{"start":0,"count":100,"total":1},"elements":[
                  {"actor":"urn:li:person:carol2","$URN":"%s","parentComment":"%s","created":{"time":%d},
                   "message":{"text":"Same question!"},"object":"urn:li:activity:6844785523593134082"}]}"""
                .formatted(REPLY, COMMENT, CURSOR + 2_000))));
        linkedin.stubFor(get(urlPathEqualTo("/rest/socialActions/" + enc(UGC) + "/comments"))
                .willReturn(okJson("{\"paging\":{\"start\":0,\"count\":100,\"total\":0},\"elements\":[]}")));

        linkedin.stubFor(get(urlPathEqualTo("/rest/organizationalEntityNotifications"))
                .willReturn(okJson("{\"paging\":{\"start\":0,\"count\":50,\"total\":0},\"elements\":[]}")));

        InboxPage page = connector.inbox(channel, String.valueOf(CURSOR));

        assertThat(page.items()).extracting(InboxItem::externalId).containsExactly(REPLY, COMMENT);
        InboxItem reply = page.items().get(0);
        assertThat(reply.kind()).isEqualTo(InboxItem.Kind.COMMENT);
        assertThat(reply.parentExternalId()).isEqualTo(COMMENT);
        assertThat(reply.conversationExternalId()).isEqualTo(COMMENT);
        assertThat(reply.postExternalId()).isEqualTo(SHARE);
        assertThat(reply.receivedAt()).isEqualTo(Instant.ofEpochMilli(CURSOR + 2_000));
        InboxItem comment = page.items().get(1);
        assertThat(comment.text()).isEqualTo("Where can I buy it?");
        assertThat(comment.author().externalId()).isEqualTo("urn:li:person:bob1");
        assertThat(comment.parentExternalId()).isEqualTo(SHARE);
        assertThat(comment.conversationExternalId()).isEqualTo(COMMENT);
        assertThat(page.cursor()).as("a cursor stored before mentions were polled is read as the comments' time")
                .isEqualTo("comments:" + (CURSOR + 9_000));

        InboxPage again = connector.inbox(channel, page.cursor());
        assertThat(again.items()).isEmpty();
        assertThat(again.cursor()).isEqualTo(page.cursor());
    }

    @Test
    void aReplyToACommentIsANestedCommentOnTheSamePost() {
        linkedin.stubFor(post(urlPathEqualTo("/rest/socialActions/" + enc(COMMENT) + "/comments"))
                .withRequestBody(matchingJsonPath("$.actor", equalTo(ORG)))
                .withRequestBody(matchingJsonPath("$.object", equalTo("urn:li:activity:6844785523593134082")))
                .withRequestBody(matchingJsonPath("$.parentComment", equalTo(COMMENT)))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("In our shop, see the link")))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(
                        "{\"$URN\":\"urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134099)\"}")));

        assertThat(connector.reply(channel, COMMENT, "In our shop, see the link").externalId())
                .isEqualTo("urn:li:comment:(urn:li:activity:6844785523593134082,6844785523593134099)");
    }

    @Test
    void expiredTokenRateLimitAndOutagesAreClassified() {
        linkedin.stubFor(get(urlPathEqualTo("/rest/posts")).withHeader("Authorization", equalTo("Bearer li-token"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\","
                                + "\"message\":\"The token used in the request has been revoked by the user\"}")));
        assertThatThrownBy(() -> connector.inbox(channel, null)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));

        stubPosts();
        linkedin.stubFor(get(urlPathEqualTo("/rest/socialActions/" + enc(SHARE) + "/comments"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600").withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":429,\"message\":\"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.\"}")));
        assertThatThrownBy(() -> connector.inbox(channel, null)).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        });

        linkedin.stubFor(get(urlPathEqualTo("/rest/socialActions/" + enc(SHARE) + "/comments"))
                .willReturn(aResponse().withStatus(503).withBody("upstream unavailable")));
        assertThatThrownBy(() -> connector.inbox(channel, null)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    private static void stubPosts() {
        linkedin.stubFor(get(urlPathEqualTo("/rest/posts")).withQueryParam("q", equalTo("author"))
                .withQueryParam("author", equalTo(ORG)).withQueryParam("sortBy", equalTo("LAST_MODIFIED"))
                .willReturn(okJson("""
                        {"paging":{"start":0,"count":20,"links":[]},"elements":[
                          {"id":"%s","author":"%s","commentary":"Launch day","lifecycleState":"PUBLISHED"},
                          {"id":"%s","author":"%s","commentary":"Webinar","lifecycleState":"PUBLISHED"}]}"""
                        .formatted(SHARE, ORG, UGC, ORG))));
    }

    private static String enc(String urn) {
        return URLEncoder.encode(urn, StandardCharsets.UTF_8);
    }
}
