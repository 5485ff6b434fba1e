package io.sosmed.local.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Simulated social networks for the local stack and the benchmarks, so a newcomer can connect a channel, publish and
 * see comments and metrics arrive without internet: a Mastodon server under {@code /mastodon}, X API v2 under
 * {@code /x} and a Bluesky PDS under {@code /bluesky}, on 127.0.0.1. Any bearer token (Bluesky: any identifier) is an
 * account of its own ({@code expired} answers 401, {@code ratelimited} 429). An optional latency is added to every
 * call, as a real network would.
 */
public final class NetworkSimulator implements AutoCloseable {

    private static final int THREADS = 64;

    private final HttpServer server;
    private final ExecutorService executor;
    private final Duration latency;

    private NetworkSimulator(HttpServer server, ExecutorService executor, Duration latency) {
        this.server = server;
        this.executor = executor;
        this.latency = latency;
    }

    /** Starts on the port (0 = any free port) with the given latency per call. */
    public static NetworkSimulator start(int port, Duration latency) {
        return start(port, latency, Clock.systemUTC());
    }

    static NetworkSimulator start(int port, Duration latency, Clock clock) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
            ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
                Thread thread = new Thread(r, "network-simulator");
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            NetworkSimulator simulator = new NetworkSimulator(server, executor, latency);
            String base = "http://localhost:" + server.getAddress().getPort();
            for (SimulatedApi api : List.of(new MastodonApi(new Accounts("sosmed_demo", clock, 110_000_000L),
                    base + "/mastodon"), new XApi(new Accounts("sosmed_demo", clock, 1_860_000_000_000_000_000L)),
                    new BlueskyApi(clock, 3_000_000_000L))) {
                server.createContext(api.prefix(), exchange -> simulator.serve(api, exchange));
            }
            server.start();
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("The network simulator could not listen on port " + port, e);
        }
    }

    private void serve(SimulatedApi api, com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (exchange) {
            pause();
            try {
                api.handle(new SimExchange(exchange, api.prefix()));
            } catch (RuntimeException | IOException e) {
                new SimExchange(exchange, api.prefix()).json(500, Map.of("error", "Simulator failure: "
                        + e.getMessage()));
            }
        }
    }

    private void pause() {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Base URL of the simulated Mastodon server: use it as a Mastodon channel's {@code instanceUrl}. */
    public String mastodonUrl() {
        return "http://localhost:" + port() + "/mastodon";
    }

    /** Base URL of the simulated X API (what {@code https://api.x.com} is in production). */
    public String xUrl() {
        return "http://localhost:" + port() + "/x";
    }

    /** Base URL of the simulated Bluesky PDS: use it as a Bluesky channel's {@code instanceUrl}. */
    public String blueskyUrl() {
        return "http://localhost:" + port() + "/bluesky";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
