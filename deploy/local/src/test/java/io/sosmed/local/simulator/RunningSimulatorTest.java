package io.sosmed.local.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every simulator test starts from: a network simulator on a free port, without added latency, on a clock the
 * test moves, and an HTTP client to call it.
 */
abstract class RunningSimulatorTest {

    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));
    final HttpClient http = HttpClient.newHttpClient();
    NetworkSimulator simulator;

    @BeforeEach
    void startSimulator() {
        simulator = NetworkSimulator.start(0, Duration.ZERO, clock);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }
}
