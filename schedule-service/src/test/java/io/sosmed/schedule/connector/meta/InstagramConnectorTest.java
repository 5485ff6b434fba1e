package io.sosmed.schedule.connector.meta;

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

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.MediaItem;
import io.sosmed.schedule.network.Metrics;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instagram's container-then-publish flow against stubs of the documented Graph requests. */
class InstagramConnectorTest {

    private static final String IG_USER = "17841405822304914";
    private static final String TOKEN = "ig-token";
    private static WireMockServer graph;

    private InstagramConnector connector;
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
        connector = new InstagramConnector(ConnectorFixtures.http(), URI.create("http://localhost:" + graph.port() + "/v21.0"),
                Duration.ofMillis(10), 5);
        channel = new ChannelContext("acme", UUID.randomUUID().toString(), Network.INSTAGRAM, null, "@acme", IG_USER,
                Map.of("accessToken", TOKEN), changed -> { });
    }

    @Test
    void carouselIsBuiltFromItemContainersPublishedWhenFinishedWithAFirstComment() {
        graph.stubFor(post("/v21.0/" + IG_USER + "/media").withRequestBody(containing("is_carousel_item=true"))
                .withRequestBody(containing("image_url=https%3A%2F%2Fcdn.example.com%2Fa.jpg"))
                .willReturn(okJson("{\"id\":\"c1\"}")));
        graph.stubFor(post("/v21.0/" + IG_USER + "/media").withRequestBody(containing("is_carousel_item=true"))
                .withRequestBody(containing("image_url=https%3A%2F%2Fcdn.example.com%2Fb.jpg"))
                .willReturn(okJson("{\"id\":\"c2\"}")));
        graph.stubFor(post("/v21.0/" + IG_USER + "/media").withRequestBody(containing("media_type=CAROUSEL"))
                .withRequestBody(containing("children=c1%2Cc2")).withRequestBody(containing("caption=Summer+drop"))
                .willReturn(okJson("{\"id\":\"carousel-1\"}")));
        graph.stubFor(get(urlPathEqualTo("/v21.0/carousel-1")).inScenario("status").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"status_code\":\"IN_PROGRESS\",\"id\":\"carousel-1\"}")).willSetStateTo("ready"));
        graph.stubFor(get(urlPathEqualTo("/v21.0/carousel-1")).inScenario("status").whenScenarioStateIs("ready")
                .willReturn(okJson("{\"status_code\":\"FINISHED\",\"id\":\"carousel-1\"}")));
        graph.stubFor(post("/v21.0/" + IG_USER + "/media_publish").withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalTo("creation_id=carousel-1")).willReturn(okJson("{\"id\":\"17920238422030506\"}")));
        graph.stubFor(get(urlPathEqualTo("/v21.0/17920238422030506")).willReturn(okJson(
                "{\"permalink\":\"https://www.instagram.com/p/C1a2b3/\",\"id\":\"17920238422030506\"}")));
        graph.stubFor(post("/v21.0/17920238422030506/comments").withRequestBody(equalTo("message=%23summer+%23sale"))
                .willReturn(okJson("{\"id\":\"17858893269000001\"}")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "Summer drop", List.of(image("https://cdn.example.com/a.jpg"), image("https://cdn.example.com/b.jpg")),
                null, "#summer #sale", Map.of()));

        assertThat(published).isEqualTo(new PublishedPost("17920238422030506", "https://www.instagram.com/p/C1a2b3/"));
        graph.verify(1, postRequestedFor(urlEqualTo("/v21.0/17920238422030506/comments")));
    }

    @Test
    void unreachableImageUrlIsPermanentAndSaysTheUrlMustBePublic() {
        graph.stubFor(post("/v21.0/" + IG_USER + "/media").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Only photo or video can be accepted as media type.","type":"OAuthException",
                         "code":9004,"error_subcode":2207052,"is_transient":false,
                         "error_user_msg":"The media could not be fetched from this URI: https://intranet/a.jpg"}}""")));

        assertThatThrownBy(() -> connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Hi",
                List.of(image("https://intranet/a.jpg")), null, null, Map.of())))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).startsWith("Instagram could not fetch the media: the URL must be public");
                });
    }

    @Test
    void expiredTokenRateLimitsAndTransientErrorsAreClassifiedByGraphCode() {
        graph.stubFor(post("/v21.0/" + IG_USER + "/media").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Error validating access token: Session has expired on Thursday, 26-Nov-26.",
                         "type":"OAuthException","code":190,"error_subcode":463}}""")));
        assertThatThrownBy(() -> connector.publish(channel, single()))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));

        graph.stubFor(post("/v21.0/" + IG_USER + "/media").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Application request limit reached","type":"OAuthException","code":4}}""")));
        assertThatThrownBy(() -> connector.publish(channel, single()))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.code()).isEqualTo("rate_limited");
                    assertThat(e.retryAfter()).isPresent();
                });

        graph.stubFor(post("/v21.0/" + IG_USER + "/media").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"An unknown error has occurred.","type":"OAuthException","code":1,"is_transient":true}}""")));
        assertThatThrownBy(() -> connector.publish(channel, single()))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    @Test
    void containerErrorIsPermanentAndTextOnlyPostsAreRefused() {
        graph.stubFor(post("/v21.0/" + IG_USER + "/media").willReturn(okJson("{\"id\":\"c9\"}")));
        graph.stubFor(get(urlPathEqualTo("/v21.0/c9")).willReturn(okJson(
                "{\"status_code\":\"ERROR\",\"error_message\":\"The image aspect ratio is not supported\"}")));

        assertThatThrownBy(() -> connector.publish(channel, single()))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("aspect ratio");
                });
        assertThatThrownBy(() -> connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(), "Text only",
                List.of(), null, null, Map.of())))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.code()).isEqualTo("media_required"));
        graph.verify(0, postRequestedFor(urlEqualTo("/v21.0/" + IG_USER + "/media_publish")));
    }

    @Test
    void insightsBecomeMetrics() {
        graph.stubFor(get(urlPathEqualTo("/v21.0/17920238422030506/insights")).willReturn(okJson("""
                {"data":[{"name":"reach","period":"lifetime","values":[{"value":1500}]},
                         {"name":"likes","period":"lifetime","values":[{"value":120}]},
                         {"name":"comments","period":"lifetime","values":[{"value":8}]},
                         {"name":"shares","period":"lifetime","values":[{"value":4}]},
                         {"name":"saved","period":"lifetime","values":[{"value":11}]},
                         {"name":"views","period":"lifetime","total_value":{"value":2100}}]}""")));

        assertThat(connector.postMetrics(channel, "17920238422030506"))
                .isEqualTo(new Metrics(2100L, 1500L, 120L, 8L, 4L, 11L, null, null, null));
    }

    private static Publication single() {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), "Hi", List.of(image("https://cdn.example.com/a.jpg")),
                null, null, Map.of());
    }

    private static MediaItem image(String url) {
        return new MediaItem(UUID.randomUUID(), "image/jpeg", 10, 1080, 1080, null, "alt", URI.create(url),
                () -> new ByteArrayInputStream(new byte[0]));
    }
}
