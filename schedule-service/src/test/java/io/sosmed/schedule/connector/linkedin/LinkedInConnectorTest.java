package io.sosmed.schedule.connector.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.network.PublishedPost;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** LinkedIn's Posts and Images APIs against stubs of the documented requests. */
class LinkedInConnectorTest extends LinkedInChannelTest {

    private static final String POST_URN = "urn:li:share:6844785523593134080";

    @Test
    void imagePostWithAltTextThroughTheImagesApiAndFirstComment() {
        String uploadUrl = "http://localhost:" + linkedin.port() + "/dms-uploads/sp/C4E10AQ";
        linkedin.stubFor(post("/rest/images?action=initializeUpload").withHeader("LinkedIn-Version", equalTo("202511"))
                .withRequestBody(equalToJson("{\"initializeUploadRequest\":{\"owner\":\"" + ORG + "\"}}"))
                .willReturn(okJson("{\"value\":{\"uploadUrlExpiresAt\":1764244800000,\"uploadUrl\":\"" + uploadUrl
                        + "\",\"image\":\"urn:li:image:C4E10AQFoyyAjHPMQuQ\"}}")));
        linkedin.stubFor(put("/dms-uploads/sp/C4E10AQ").willReturn(aResponse().withStatus(201)));
        linkedin.stubFor(post("/rest/posts").withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
                .withHeader("Authorization", equalTo("Bearer li-token"))
                .withRequestBody(matchingJsonPath("$.author", equalTo(ORG)))
                .withRequestBody(matchingJsonPath("$.commentary", equalTo("We are hiring")))
                .withRequestBody(matchingJsonPath("$.content.media.id", equalTo("urn:li:image:C4E10AQFoyyAjHPMQuQ")))
                .withRequestBody(matchingJsonPath("$.content.media.altText", equalTo("Our team")))
                .withRequestBody(matchingJsonPath("$.lifecycleState", equalTo("PUBLISHED")))
                .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", POST_URN)));
        linkedin.stubFor(post(urlPathEqualTo("/rest/socialActions/" + POST_URN.replace(":", "%3A") + "/comments"))
                .withRequestBody(matchingJsonPath("$.message.text", equalTo("Apply at example.com/jobs")))
                .willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:comment:(urn:li:activity:1,2)")));

        PublishedPost published = connector.publish(channel, new Publication(UUID.randomUUID(), UUID.randomUUID(),
                "We are hiring", List.of(ConnectorFixtures.png("Our team", new byte[] {1, 2})), null,
                "Apply at example.com/jobs", Map.of()));

        assertThat(published).isEqualTo(new PublishedPost(POST_URN, "https://www.linkedin.com/feed/update/" + POST_URN));
        linkedin.verify(1, putRequestedFor(urlEqualTo("/dms-uploads/sp/C4E10AQ")));
        linkedin.verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/rest/socialActions/" + POST_URN.replace(":", "%3A") + "/comments")));
    }

    @Test
    void errorsMapToAuthRetryAndPermanentWithLinkedInsMessage() {
        linkedin.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\",\"message\":\"The token used in the request has been revoked by the user\"}")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hi")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.AUTH));

        linkedin.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")
                .withHeader("Content-Type", "application/json").withBody("{\"status\":429,\"message\":\"Resource level throttle limit reached\"}")));
        assertThatThrownBy(() -> connector.publish(channel, text("Hi")))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
                    assertThat(e.retryAfter()).contains(java.time.Duration.ofSeconds(60));
                });

        linkedin.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"status\":422,\"message\":\"ERROR :: /commentary :: is too long\"}")));
        assertThatThrownBy(() -> connector.publish(channel, text("x".repeat(3001))))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.PERMANENT);
                    assertThat(e.getMessage()).contains("/commentary :: is too long");
                });

        linkedin.stubFor(post("/rest/posts").willReturn(aResponse().withStatus(504)));
        assertThatThrownBy(() -> connector.publish(channel, text("Hi")))
                .isInstanceOfSatisfying(NetworkException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
    }

    private static Publication text(String text) {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), text, List.of(), null, null, Map.of());
    }
}
