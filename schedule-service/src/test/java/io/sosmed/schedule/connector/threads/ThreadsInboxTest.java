package io.sosmed.schedule.connector.threads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.NetworkException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Threads inbox: replies at any depth under recent posts ({@code /conversation}), mentions, and replying. */
class ThreadsInboxTest extends ThreadsChannelTest {

    private static final String POST = "18000000000000001";
    private static final String OTHER_POST = "18000000000000002";
    /** 2026-11-26T09:00:00Z. */
    private static final long CURSOR = 1_795_683_600L;

    @Test
    void repliesAndMentionsNewerThanTheCursorOldestFirstWithoutOurOwnReplies() {
        stubPosts();
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + POST + "/conversation")).withQueryParam("reverse", equalTo("false"))
                .withQueryParam("fields", containing("is_reply_owned_by_me")).willReturn(okJson("""
                        {"data":[
                          {"id":"18100000000000001","text":"Seen before","username":"old.friend","timestamp":"2026-11-26T08:59:00+0000",
                           "root_post":{"id":"%1$s"},"replied_to":{"id":"%1$s"},"is_reply_owned_by_me":false},
                          {"id":"18100000000000002","text":"Love this!","username":"bob.builds","timestamp":"2026-11-26T09:05:00+0000",
                           "permalink":"https://www.threads.net/@bob.builds/post/C9x","root_post":{"id":"%1$s"},
                           "replied_to":{"id":"%1$s"},"is_reply_owned_by_me":false},
                          {"id":"18100000000000003","text":"Thanks Bob","username":"acme","timestamp":"2026-11-26T09:06:00+0000",
                           "root_post":{"id":"%1$s"},"replied_to":{"id":"18100000000000002"},"is_reply_owned_by_me":true},
                          {"id":"18100000000000004","text":"Me too","username":"carol.c","timestamp":"2026-11-26T09:07:00+0000",
                           "root_post":{"id":"%1$s"},"replied_to":{"id":"18100000000000002"},"is_reply_owned_by_me":false}],
                         "paging":{"cursors":{"before":"QVFIUk","after":"QVFIUl"}}}""".formatted(POST))));
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + OTHER_POST + "/conversation")).willReturn(okJson("{\"data\":[]}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/mentions")).withQueryParam("since", equalTo(String.valueOf(CURSOR)))
                .willReturn(okJson("""
                        {"data":[{"id":"18200000000000001","text":"Ask @acme about it","username":"dave.d",
                                  "timestamp":"2026-11-26T09:02:00+0000","root_post":{"id":"18200000000000001"}}]}""")));

        InboxPage page = connector.inbox(channel, String.valueOf(CURSOR));

        assertThat(page.items()).extracting(InboxItem::externalId)
                .containsExactly("18200000000000001", "18100000000000002", "18100000000000004");
        InboxItem mention = page.items().get(0);
        assertThat(mention.kind()).isEqualTo(InboxItem.Kind.MENTION);
        assertThat(mention.author().handle()).isEqualTo("@dave.d");
        assertThat(mention.postExternalId()).isNull();
        InboxItem comment = page.items().get(1);
        assertThat(comment.kind()).isEqualTo(InboxItem.Kind.COMMENT);
        assertThat(comment.text()).isEqualTo("Love this!");
        assertThat(comment.receivedAt()).isEqualTo(Instant.parse("2026-11-26T09:05:00Z"));
        assertThat(comment.postExternalId()).isEqualTo(POST);
        assertThat(comment.conversationExternalId()).isEqualTo(POST);
        assertThat(page.items().get(2).parentExternalId()).isEqualTo("18100000000000002");
        assertThat(page.cursor()).isEqualTo(String.valueOf(Instant.parse("2026-11-26T09:07:00Z").getEpochSecond()));

        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/mentions")).withQueryParam("since", equalTo(page.cursor()))
                .willReturn(okJson("{\"data\":[]}")));
        InboxPage again = connector.inbox(channel, page.cursor());
        assertThat(again.items()).isEmpty();
        assertThat(again.cursor()).isEqualTo(page.cursor());
    }

    @Test
    void theFirstPollReadsWithoutSince() {
        stubPosts();
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + POST + "/conversation")).willReturn(okJson("{\"data\":[]}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + OTHER_POST + "/conversation")).willReturn(okJson("{\"data\":[]}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/mentions")).withQueryParam("since", absent())
                .willReturn(okJson("{\"data\":[]}")));

        InboxPage page = connector.inbox(channel, null);

        assertThat(page.items()).isEmpty();
        assertThat(page.cursor()).isNull();
    }

    @Test
    void aReplyIsATextContainerWithReplyToIdThenPublished() {
        threads.stubFor(post("/v1.0/" + USER + "/threads").withRequestBody(containing("media_type=TEXT"))
                .withRequestBody(containing("reply_to_id=18100000000000002")).withRequestBody(containing("text=Thanks+Bob"))
                .willReturn(okJson("{\"id\":\"container-9\"}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/container-9")).willReturn(okJson("{\"status\":\"FINISHED\",\"id\":\"container-9\"}")));
        threads.stubFor(post("/v1.0/" + USER + "/threads_publish").withRequestBody(equalTo("creation_id=container-9"))
                .willReturn(okJson("{\"id\":\"18100000000000009\"}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/18100000000000009")).willReturn(okJson("{\"id\":\"18100000000000009\"}")));

        assertThat(connector.reply(channel, "18100000000000002", "Thanks Bob").externalId()).isEqualTo("18100000000000009");
    }

    @Test
    void expiredTokenRateLimitAndOutagesAreClassified() {
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/threads")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Error validating access token: Session has expired","type":"OAuthException",
                                  "code":190,"error_subcode":463,"fbtrace_id":"A1b2"}}""")));
        assertThatThrownBy(() -> connector.inbox(channel, null)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));

        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/threads")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "600").withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"(#4) Application request limit reached","type":"OAuthException","code":4,
                                  "is_transient":true,"fbtrace_id":"A1b3"}}""")));
        assertThatThrownBy(() -> connector.inbox(channel, null)).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(e.retryAfter()).contains(Duration.ofMinutes(10));
        });

        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/threads")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"An unknown error occurred","type":"OAuthException","code":1,"fbtrace_id":"A1b4"}}""")));
        assertThatThrownBy(() -> connector.inbox(channel, null)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    private static void stubPosts() {
        threads.stubFor(get(urlPathEqualTo("/v1.0/" + USER + "/threads")).withHeader("Authorization", equalTo("Bearer threads-token"))
                .withQueryParam("fields", equalTo("id,timestamp")).willReturn(okJson("""
                        {"data":[{"id":"%s","timestamp":"2026-11-26T08:00:00+0000"},{"id":"%s","timestamp":"2026-11-25T08:00:00+0000"}],
                         "paging":{"cursors":{"before":"QVFI","after":"QVFJ"}}}""".formatted(POST, OTHER_POST))));
    }
}
