package io.sosmed.schedule.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.InboxItem;
import io.sosmed.schedule.network.InboxPage;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * LinkedIn @mentions of the organization from the organization notifications pull finder
 * ({@code GET /rest/organizationalEntityNotifications?q=criteria&actions=List(SHARE_MENTION)}), with paging, the post
 * read when the notification is not decorated, the cursor, and failures.
 */
class LinkedInMentionsTest extends LinkedInChannelTest {

    private static final String PATH = "/rest/organizationalEntityNotifications";
    private static final long MENTIONS_AT = 1_764_150_000_000L;
    private static final long NOW = ConnectorFixtures.NOW.toEpochMilli();
    private static final String SHARE_A = "urn:li:share:7100000000000000001";
    private static final String SHARE_B = "urn:li:share:7100000000000000002";
    private static final String SHARE_C = "urn:li:share:7100000000000000003";

    @BeforeEach
    void stubNoOwnPosts() {
        linkedin.stubFor(get(urlPathEqualTo("/rest/posts")).withQueryParam("q", equalTo("author"))
                .willReturn(okJson("{\"paging\":{\"start\":0,\"count\":20},\"elements\":[]}")));
    }

    @Test
    void mentionsAfterTheCursorArePagedDecoratedOrReadAndNotRepeatedOnTheNextPoll() {
        String cursor = "comments:1764000000000,mentions:" + MENTIONS_AT;
        linkedin.stubFor(notifications(MENTIONS_AT, 0).willReturn(okJson("""
                {"paging":{"start":0,"count":50,"total":4},"elements":[
                  {"notificationId":9001,"organizationalEntity":"%s","action":"SHARE_MENTION","sourcePost":"%s",
                   "decoratedSourcePost":{"entity":"%s","owner":"urn:li:person:dana7","text":"Loving @Acme Corp's launch",
                                          "mediaCategory":"NONE"},
                   "lastModifiedAt":%d},
                  {"notificationId":9000,"organizationalEntity":"%s","action":"SHARE_MENTION","sourcePost":"%s",
                   "decoratedSourcePost":{"entity":"%s","owner":"urn:li:person:old3","text":"Seen already"},
                   "lastModifiedAt":%d},
                  {"notificationId":9002,"organizationalEntity":"%s","action":"SHARE_MENTION","sourcePost":"%s",
                   "decoratedSourcePost":{"entity":"%s","owner":"%s","text":"We mention ourselves"},
                   "lastModifiedAt":%d}]}"""
                .formatted(ORG, SHARE_A, SHARE_A, MENTIONS_AT + 3_000, ORG, "urn:li:share:1", "urn:li:share:1", MENTIONS_AT,
                        ORG, "urn:li:share:2", "urn:li:share:2", ORG, MENTIONS_AT + 4_000))));
        linkedin.stubFor(notifications(MENTIONS_AT, 3).willReturn(okJson("""
                {"paging":{"start":3,"count":50,"total":4},"elements":[
                  {"notificationId":9003,"organizationalEntity":"%s","action":"SHARE_MENTION","sourcePost":"%s",
                   "lastModifiedAt":%d}]}""".formatted(ORG, SHARE_B, MENTIONS_AT + 1_000))));
        linkedin.stubFor(get(urlPathEqualTo("/rest/posts/" + enc(SHARE_B))).withHeader("LinkedIn-Version", equalTo("202511"))
                .willReturn(okJson("""
                        {"id":"%s","author":"urn:li:person:erin9","commentary":"Thanks @Acme Corp for the webinar",
                         "visibility":"PUBLIC","lifecycleState":"PUBLISHED"}""".formatted(SHARE_B))));

        InboxPage page = connector.inbox(channel, cursor);

        assertThat(page.items()).extracting(InboxItem::externalId).containsExactly(SHARE_B, SHARE_A);
        InboxItem read = page.items().get(0);
        assertThat(read.kind()).isEqualTo(InboxItem.Kind.MENTION);
        assertThat(read.text()).isEqualTo("Thanks @Acme Corp for the webinar");
        assertThat(read.author().externalId()).isEqualTo("urn:li:person:erin9");
        assertThat(read.receivedAt()).isEqualTo(Instant.ofEpochMilli(MENTIONS_AT + 1_000));
        assertThat(read.conversationExternalId()).isEqualTo(SHARE_B);
        assertThat(read.postExternalId()).isNull();
        InboxItem decorated = page.items().get(1);
        assertThat(decorated.text()).isEqualTo("Loving @Acme Corp's launch");
        assertThat(decorated.author().handle()).isEqualTo("urn:li:person:dana7");
        assertThat(page.cursor()).isEqualTo("comments:1764000000000,mentions:" + (MENTIONS_AT + 4_000));
        linkedin.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
                .withHeader("Authorization", equalTo("Bearer li-token")).withQueryParam("start", equalTo("3")));

        linkedin.stubFor(notifications(MENTIONS_AT + 4_000, 0).willReturn(okJson("""
                {"paging":{"start":0,"count":50,"total":1},"elements":[
                  {"notificationId":9002,"organizationalEntity":"%s","action":"SHARE_MENTION","sourcePost":"urn:li:share:2",
                   "decoratedSourcePost":{"entity":"urn:li:share:2","owner":"%s","text":"We mention ourselves"},
                   "lastModifiedAt":%d}]}""".formatted(ORG, ORG, MENTIONS_AT + 4_000))));
        InboxPage again = connector.inbox(channel, page.cursor());
        assertThat(again.items()).isEmpty();
        assertThat(again.cursor()).isEqualTo(page.cursor());
    }

    @Test
    void aFirstPollReadsTheRetentionWindowAndStoresWhereItStopped() {
        long from = ConnectorFixtures.NOW.minus(Duration.ofDays(LinkedInMentions.RETENTION_DAYS)).toEpochMilli();
        linkedin.stubFor(notifications(from, 0).willReturn(okJson("""
                {"paging":{"start":0,"count":50},"elements":[
                  {"notificationId":1,"organizationalEntity":"%s","action":"SHARE_MENTION","sourcePost":"%s",
                   "decoratedSourcePost":{"entity":"%s","owner":"urn:li:person:fay1","text":"Hi @Acme Corp"},
                   "lastModifiedAt":%d}]}""".formatted(ORG, SHARE_C, SHARE_C, NOW - 60_000))));

        InboxPage page = connector.inbox(channel, null);

        assertThat(page.items()).extracting(InboxItem::externalId).containsExactly(SHARE_C);
        assertThat(page.cursor()).isEqualTo("mentions:" + (NOW - 60_000));
    }

    @Test
    void revokedTokenRateLimitAndMissingAdminRoleAreHandled() {
        linkedin.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":401,\"serviceErrorCode\":65601,"
                        + "\"code\":\"REVOKED_ACCESS_TOKEN\",\"message\":\"The token used in the request has been revoked by the user\"}")));
        assertThatThrownBy(() -> connector.inbox(channel, "mentions:" + MENTIONS_AT))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));

        linkedin.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":429,\"message\":\"Resource level throttle MEMBER DAY limit for calls to this resource is reached.\"}")));
        assertThatThrownBy(() -> connector.inbox(channel, "mentions:" + MENTIONS_AT))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.code()).isEqualTo("rate_limited");
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                });

        linkedin.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":403,\"serviceErrorCode\":100,"
                        + "\"message\":\"Not enough permissions to access: GET-criteria /organizationalEntityNotifications\"}")));
        InboxPage withoutMentions = connector.inbox(channel, "comments:1764000000000,mentions:" + MENTIONS_AT);
        assertThat(withoutMentions.items()).isEmpty();
        assertThat(withoutMentions.cursor()).isEqualTo("comments:1764000000000,mentions:" + MENTIONS_AT);
    }

    @Test
    void aMemberChannelHasNoNotificationsToPoll() {
        ChannelContext member = new ChannelContext("acme", UUID.randomUUID().toString(), Network.LINKEDIN, null, "Alice",
                "urn:li:person:alice1", Map.of("accessToken", "li-token"), changed -> { });

        InboxPage page = connector.inbox(member, null);

        assertThat(page.items()).isEmpty();
        linkedin.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
    }

    private static MappingBuilder notifications(long from, int start) {
        return get(urlPathEqualTo(PATH)).withHeader("LinkedIn-Version", equalTo("202511"))
                .withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
                .withQueryParam("q", equalTo("criteria"))
                .withQueryParam("actions", equalTo("List(SHARE_MENTION)"))
                .withQueryParam("organizationalEntity", equalTo(ORG))
                .withQueryParam("timeRange", equalTo("(start:" + from + ",end:" + NOW + ")"))
                .withQueryParam("start", equalTo(String.valueOf(start)))
                .withQueryParam("count", equalTo(String.valueOf(LinkedInMentions.PAGE_SIZE)));
    }

    private static String enc(String urn) {
        return URLEncoder.encode(urn, StandardCharsets.UTF_8);
    }
}
