package io.sosmed.schedule.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.sosmed.schedule.network.MediaItem;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** content-service's media API as a WireMock stub: facts, bytes and errors, with the service token. */
class ContentServiceMediaSourceTest {

    private static final String TOKEN = "service-token";
    private static WireMockServer content;
    private static ContentServiceMediaSource media;

    @BeforeAll
    static void start() {
        content = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        content.start();
        media = new ContentServiceMediaSource(new MediaConfig() {
            @Override
            public String contentUrl() {
                return "http://127.0.0.1:" + content.port() + "/";
            }

            @Override
            public boolean clientCredentials() {
                return false;
            }

            @Override
            public Optional<String> token() {
                return Optional.empty();
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }
        }, () -> Optional.of(TOKEN), new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        content.stop();
    }

    @Test
    void readsTheFactsAndOpensTheBytesOnlyWhenAsked() throws Exception {
        UUID id = UUID.randomUUID();
        String path = "/api/v1/workspaces/acme/media/" + id;
        content.stubFor(get(path).withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"id\":\"" + id + "\",\"kind\":\"IMAGE\",\"type\":\"image/png\",\"sizeBytes\":4,"
                        + "\"width\":2,\"height\":2,\"altText\":\"A red square\",\"sha256\":\"ab\"}")));
        content.stubFor(get(path + "/content").withHeader("Authorization", WireMock.equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/png").withBody(new byte[] {1, 2, 3, 4})));

        MediaItem item = media.item("acme", id);
        assertThat(item.contentType()).isEqualTo("image/png");
        assertThat(item.altText()).isEqualTo("A red square");
        assertThat(item.width()).isEqualTo(2);
        assertThat(item.isImage()).isTrue();
        content.verify(0, getRequestedFor(urlEqualTo(path + "/content")));
        try (InputStream bytes = item.open()) {
            assertThat(bytes.readAllBytes()).containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    void aDeletedMediaItemIsPermanentAndAnOutageIsRetryable() {
        UUID gone = UUID.randomUUID();
        UUID down = UUID.randomUUID();
        content.stubFor(get("/api/v1/workspaces/acme/media/" + gone).willReturn(aResponse().withStatus(404)));
        content.stubFor(get("/api/v1/workspaces/acme/media/" + down).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> media.item("acme", gone)).isInstanceOfSatisfying(MediaSource.MediaUnavailable.class,
                e -> assertThat(e.retryable()).isFalse()).hasMessageContaining("no longer in the media library");
        assertThatThrownBy(() -> media.item("acme", down)).isInstanceOfSatisfying(MediaSource.MediaUnavailable.class,
                e -> assertThat(e.retryable()).isTrue()).hasMessageContaining("503");
    }
}
