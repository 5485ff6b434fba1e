package io.sosmed.schedule.connector.threads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Threads' container-then-publish flow against stubs of the documented Threads API requests. */
class ThreadsConnectorTest extends ThreadsChannelTest {


    @Test
    void textPostThenFirstCommentAsAReplyContainer() {
        threads.stubFor(post("/v1.0/" + USER + "/threads").withRequestBody(containing("media_type=TEXT"))
                .withRequestBody(containing("text=Hello+Threads")).willReturn(okJson("{\"id\":\"container-1\"}")));
        threads.stubFor(post("/v1.0/" + USER + "/threads").withRequestBody(containing("reply_to_id=18000000000000001"))
                .willReturn(okJson("{\"id\":\"container-2\"}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/container-1")).willReturn(okJson("{\"status\":\"FINISHED\",\"id\":\"container-1\"}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/container-2")).willReturn(okJson("{\"status\":\"FINISHED\",\"id\":\"container-2\"}")));
        threads.stubFor(post("/v1.0/" + USER + "/threads_publish").withHeader("Authorization", equalTo("Bearer threads-token"))
                .withRequestBody(equalTo("creation_id=container-1")).willReturn(okJson("{\"id\":\"18000000000000001\"}")));
        threads.stubFor(post("/v1.0/" + USER + "/threads_publish").withRequestBody(equalTo("creation_id=container-2"))
                .willReturn(okJson("{\"id\":\"18000000000000002\"}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/18000000000000001")).willReturn(okJson(
                "{\"permalink\":\"https://www.threads.net/@acme/post/C9abc\",\"id\":\"18000000000000001\"}")));
        threads.stubFor(get(urlPathEqualTo("/v1.0/18000000000000002")).willReturn(okJson("{\"id\":\"18000000000000002\"}")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "Hello Threads", List.of(), null, "And a reply", Map.of()));

        assertThat(published).isEqualTo(new PublishedPost("18000000000000001", "https://www.threads.net/@acme/post/C9abc"));
        threads.verify(2, postRequestedFor(urlEqualTo("/v1.0/" + USER + "/threads_publish")));
    }

    @Test
    void expiredTokenNeedsReconnectAndTooLongTextIsPermanent() {
        threads.stubFor(post("/v1.0/" + USER + "/threads").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190}}""")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hi")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));

        threads.stubFor(post("/v1.0/" + USER + "/threads").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Param text must be at most 500 characters long.","type":"OAuthException","code":100}}""")));
        assertThatThrownBy(() -> connector.publish(channel, text("x".repeat(501))))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("at most 500 characters");
                });
    }

    @Test
    void rateLimitedByThreadsIsRetryable() {
        threads.stubFor(post("/v1.0/" + USER + "/threads").willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Application request limit reached","type":"OAuthException","code":4}}""")));

        assertThatThrownBy(() -> connector.publish(channel, text("Hi")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    private static Publication text(String text) {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), text, List.of(), null, null, Map.of());
    }
}
