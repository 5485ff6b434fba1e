package io.sosmed.schedule.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.MediaItem;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.outbound.OutboundUrlGuard;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A WireMock network on loopback and the pieces connector tests build connectors from. */
public final class ConnectorFixtures {

    /** "Now" for rate-limit arithmetic: reset headers in the tests are relative to it. */
    public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    /** Requests a stub delays longer than this time out in {@link #impatientHttp()}. */
    public static final Duration SHORT_TIMEOUT = Duration.ofMillis(400);

    private ConnectorFixtures() {
    }

    public static WireMockServer startNetwork() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    public static NetworkHttp http() {
        return http(Duration.ofSeconds(10));
    }

    /** A client that gives up after {@link #SHORT_TIMEOUT}, for timeout tests. */
    public static NetworkHttp impatientHttp() {
        return http(SHORT_TIMEOUT);
    }

    private static NetworkHttp http(Duration requestTimeout) {
        return new NetworkHttp(Duration.ofSeconds(2), requestTimeout, new OutboundUrlGuard(true), new ObjectMapper(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A channel on the stub server; {@code refreshed} collects credentials the connector stored. */
    public static ChannelContext channel(WireMockServer server, Network network, String accountId,
            Map<String, String> credentials, Map<String, String> refreshed) {
        return new ChannelContext("acme", UUID.randomUUID().toString(), network,
                URI.create("http://localhost:" + server.port()), "@alice", accountId, credentials, refreshed::putAll);
    }

    public static Map<String, String> sink() {
        return new HashMap<>();
    }

    public static MediaItem png(String altText, byte[] bytes) {
        return new MediaItem(UUID.randomUUID(), "image/png", bytes.length, 2, 2, null, altText,
                URI.create("https://cdn.example.com/m.png"), () -> new ByteArrayInputStream(bytes));
    }
}
