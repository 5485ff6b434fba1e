package io.sosmed.schedule.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Metrics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facebook Page posts against stubs of the documented Graph requests. */
class FacebookConnectorTest {

    private static final String PAGE = "104823541200000";
    private static WireMockServer graph;

    private FacebookConnector connector;
    private ChannelContext channel;

    @BeforeAll
    static void start() {
        graph = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stop() {
        graph.stop();
    }

    @BeforeEach
    void reset() {
        graph.resetAll();
        connector = new FacebookConnector(ConnectorFixtures.http(), URI.create("http://localhost:" + graph.port() + "/v21.0"));
        channel = new ChannelContext("acme", UUID.randomUUID().toString(), Network.FACEBOOK, null, "Acme", PAGE,
                Map.of("accessToken", "page-token"), changed -> { });
    }

    @Test
    void linkPostOnTheFeedWithFirstComment() {
        graph.stubFor(post("/v21.0/" + PAGE + "/feed").withHeader("Authorization", equalTo("Bearer page-token"))
                .withRequestBody(equalTo("message=Our+webinar&link=https%3A%2F%2Fexample.com%2Fw"))
                .willReturn(okJson("{\"id\":\"" + PAGE + "_555\"}")));
        graph.stubFor(post("/v21.0/" + PAGE + "_555/comments").withRequestBody(equalTo("message=Register+today"))
                .willReturn(okJson("{\"id\":\"555_1\"}")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "Our webinar", List.of(), "https://example.com/w", "Register today", Map.of()));

        assertThat(published).isEqualTo(new PublishedPost(PAGE + "_555", "https://www.facebook.com/" + PAGE + "_555"));
        graph.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/v21.0/" + PAGE + "_555/comments")));
    }

    @Test
    void singlePhotoGoesToPhotosWithAltText() {
        graph.stubFor(post("/v21.0/" + PAGE + "/photos").withRequestBody(containing("alt_text_custom=A+red+square"))
                .willReturn(okJson("{\"id\":\"9001\",\"post_id\":\"" + PAGE + "_9002\"}")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Photo",
                List.of(ConnectorFixtures.png("A red square", new byte[] {1})), null, null, Map.of()));

        assertThat(published.externalId()).isEqualTo(PAGE + "_9002");
    }

    @Test
    void permissionAndPolicyErrorsArePermanentWithMetasMessage() {
        graph.stubFor(post("/v21.0/" + PAGE + "/feed").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"(#200) The user hasn't authorized the application to perform this action",
                         "type":"OAuthException","code":200}}""")));

        assertThatThrownBy(() -> connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Hi",
                List.of(), null, null, Map.of())))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("hasn't authorized the application");
                });
    }

    @Test
    void throttlingWithRetryAfterIsRetryable() {
        graph.stubFor(post("/v21.0/" + PAGE + "/feed").willReturn(aResponse().withStatus(400).withHeader("Retry-After", "120")
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32}}""")));

        assertThatThrownBy(() -> connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Hi",
                List.of(), null, null, Map.of())))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(2));
                });
    }

    @Test
    void countsAndInsightsBecomeMetrics() {
        graph.stubFor(get(urlPathEqualTo("/v21.0/" + PAGE + "_555")).willReturn(okJson("""
                {"id":"%s_555","reactions":{"data":[],"summary":{"total_count":42}},
                 "comments":{"data":[],"summary":{"total_count":7}},"shares":{"count":3}}""".formatted(PAGE))));
        graph.stubFor(get(urlPathEqualTo("/v21.0/" + PAGE + "_555/insights")).willReturn(okJson("""
                {"data":[{"name":"post_impressions","period":"lifetime","values":[{"value":900}]},
                         {"name":"post_impressions_unique","period":"lifetime","values":[{"value":700}]},
                         {"name":"post_clicks","period":"lifetime","values":[{"value":25}]}]}""")));

        assertThat(connector.postMetrics(channel, PAGE + "_555"))
                .isEqualTo(new Metrics(900L, 700L, 42L, 7L, 3L, null, 25L, null, null));
    }
}
