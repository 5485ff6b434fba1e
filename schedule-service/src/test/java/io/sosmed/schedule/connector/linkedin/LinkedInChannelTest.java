package io.sosmed.schedule.connector.linkedin;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sosmed.schedule.connector.ConnectorFixtures;
import io.sosmed.schedule.network.ChannelContext;
import io.sosmed.schedule.network.Network;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every LinkedIn connector test starts from: a stubbed LinkedIn API (started once per test class, reset before
 * each test) and the connector with an organization channel on it.
 */
abstract class LinkedInChannelTest {

    static final String ORG = "urn:li:organization:5515715";
    static WireMockServer linkedin;

    LinkedInConnector connector;
    ChannelContext channel;

    @BeforeAll
    static void startLinkedIn() {
        linkedin = ConnectorFixtures.startNetwork();
    }

    @AfterAll
    static void stopLinkedIn() {
        linkedin.stop();
    }

    @BeforeEach
    void connectOrganizationChannel() {
        linkedin.resetAll();
        connector = new LinkedInConnector(ConnectorFixtures.http(), URI.create("http://localhost:" + linkedin.port()),
                "202511");
        channel = new ChannelContext("acme", UUID.randomUUID().toString(), Network.LINKEDIN, null, "Acme Corp", ORG,
                Map.of("accessToken", "li-token"), changed -> { });
    }
}
