package io.sosmed.schedule.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.sosmed.schedule.connector.x.XConnector;
import io.sosmed.schedule.network.AppRateBudgets;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.Publication;
import io.sosmed.schedule.outbound.OutboundUrlGuard;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * X answers a publish with 429 and its app-level 24-hour headers exhausted: every later call of that app, for any
 * account and endpoint, fails fast with the time the budget frees, without reaching X.
 */
class AppRateBudgetWireMockTest {

    private final WireMockServer x = ConnectorFixtures.startNetwork();

    @AfterEach
    void stop() {
        x.stop();
    }

    @Test
    void anExhaustedAppWindowFailsFastForEveryChannelUntilItsReset() {
        long reset = ConnectorFixtures.NOW.plus(Duration.ofHours(2)).getEpochSecond();
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withHeader("x-rate-limit-limit", "100").withHeader("x-rate-limit-remaining", "57")
                .withHeader("x-rate-limit-reset", String.valueOf(ConnectorFixtures.NOW.plusSeconds(600).getEpochSecond()))
                .withHeader("x-app-limit-24hour-limit", "10000").withHeader("x-app-limit-24hour-remaining", "0")
                .withHeader("x-app-limit-24hour-reset", String.valueOf(reset))
                .withBody("{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")));
        Clock clock = Clock.fixed(ConnectorFixtures.NOW, ZoneOffset.UTC);
        ObjectMapper mapper = new ObjectMapper();
        AppRateBudgets budgets = new AppRateBudgets(true, Map.of("x", AppRateBudgetsTest.app(Optional.empty(),
                Duration.ofMinutes(15), 95, Duration.ofMinutes(10))), clock, mapper);
        NetworkHttp http = new NetworkHttp(Duration.ofSeconds(2), Duration.ofSeconds(10), new OutboundUrlGuard(true), mapper,
                clock, budgets);
        XConnector connector = new XConnector(http, URI.create("http://localhost:" + x.port()), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> connector.publish(channel("1001"), text())).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE));
        assertThatThrownBy(() -> connector.publish(channel("2002"), text())).isInstanceOfSatisfying(NetworkException.class, e -> {
            assertThat(e.code()).isEqualTo("app_rate_limited");
            assertThat(e.kind()).isEqualTo(FailureKind.RETRYABLE);
            assertThat(e.retryAfter()).contains(Duration.ofHours(2));
        });
        assertThatThrownBy(() -> connector.inbox(channel("2002"), null)).isInstanceOfSatisfying(NetworkException.class,
                e -> assertThat(e.code()).isEqualTo("app_rate_limited"));

        x.verify(1, anyRequestedFor(anyUrl()));
    }

    private ChannelContext channel(String userId) {
        return new ChannelContext("acme", UUID.randomUUID().toString(), Network.X, null, "@acme" + userId, userId,
                Map.of("accessToken", "token-" + userId), changed -> { });
    }

    private static Publication text() {
        return new Publication(UUID.randomUUID(), UUID.randomUUID(), "Hello", List.of(), null, null, Map.of());
    }
}
