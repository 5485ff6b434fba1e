package io.sosmed.schedule.connector.threads;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.Network;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every Threads connector test starts from: a stubbed Threads API (started once per test class, reset before
 * each test) and the connector with a channel of user {@link #USER} on it.
 */
abstract class ThreadsChannelTest {

    static final String USER = "25139292565713000";
    static WireMockServer threads;

    ThreadsConnector connector;
    ChannelContext channel;

    @BeforeAll
    static void startThreads() {
        threads = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stopThreads() {
        threads.stop();
    }

    @BeforeEach
    void connectChannel() {
        threads.resetAll();
        connector = new ThreadsConnector(ConnectorFixtures.http(),
                URI.create("http://localhost:" + threads.port() + "/v1.0"), Duration.ofMillis(10), 5);
        channel = new ChannelContext("acme", UUID.randomUUID().toString(), Network.THREADS, null, "@acme", USER,
                Map.of("accessToken", "threads-token"), changed -> { });
    }
}
