package io.sosmed.schedule.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.schedule.network.AppRateBudgets;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.network.RateBudgetConfig;
import io.sosmed.schedule.outbound.OutboundConfig;
import io.sosmed.schedule.outbound.OutboundUrlGuard;
import io.sosmed.schedule.outbound.UnsafeOutboundUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

/**
 * The one HTTP client connectors call networks with: checks every URL against the SSRF guard, bounds every request by
 * a timeout, and turns transport failures into {@link NetworkException}s. A request that may have reached the network
 * and changes state there (a publish) becomes an unknown outcome on timeout, never a retry.
 */
@ApplicationScoped
public class NetworkHttp {

    private final HttpClient client;
    private final Duration requestTimeout;
    private final OutboundUrlGuard guard;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final AppRateBudgets budgets;

    @Inject
    public NetworkHttp(OutboundConfig config, OutboundUrlGuard guard, ObjectMapper mapper, RateBudgetConfig budgets) {
        this(config.connectTimeout(), config.requestTimeout(), guard, mapper, Clock.systemUTC(),
                new AppRateBudgets(budgets, Clock.systemUTC(), mapper));
    }

    /** Without app budgets (connector unit tests). */
    public NetworkHttp(Duration connectTimeout, Duration requestTimeout, OutboundUrlGuard guard, ObjectMapper mapper,
            Clock clock) {
        this(connectTimeout, requestTimeout, guard, mapper, clock, AppRateBudgets.unlimited(clock, mapper));
    }

    public NetworkHttp(Duration connectTimeout, Duration requestTimeout, OutboundUrlGuard guard, ObjectMapper mapper,
            Clock clock, AppRateBudgets budgets) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.guard = guard;
        this.mapper = mapper;
        this.clock = clock;
        this.budgets = budgets;
    }

    /** The per-app budgets every call through this client consults. */
    public AppRateBudgets budgets() {
        return budgets;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Sends the request, unless the network's per-app budget is used up (then it fails fast with a retryable
     * {@code app_rate_limited} carrying the wait); every answer updates that budget.
     *
     * @param changesState true when the request creates or changes something on the network, so that a timeout after
     *                     sending it leaves us not knowing whether it happened
     */
    public NetworkResponse send(Network network, HttpRequest.Builder request, boolean changesState) {
        HttpRequest built = request.timeout(requestTimeout).build();
        try {
            guard.check(built.uri());
        } catch (UnsafeOutboundUrl e) {
            throw NetworkException.permanent(network, "unsafe_url", NetworkFailures.displayName(network)
                    + " server URL " + e.getMessage() + "; reconnect the channel with a public https URL.");
        }
        budgets.acquire(network);
        try {
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            NetworkResponse answer = new NetworkResponse(response.statusCode(), response.headers(), response.body(), mapper);
            budgets.observe(network, answer.status(), answer.headers(), answer.status() == 429 ? answer.text() : null);
            return answer;
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw NetworkException.retryable(network, "unreachable", NetworkFailures.displayName(network)
                    + " could not be reached (" + built.uri().getHost() + "); it will be retried.", null);
        } catch (HttpTimeoutException e) {
            throw timeout(network, changesState, e);
        } catch (IOException e) {
            if (changesState) {
                throw NetworkException.unknownOutcome(network, NetworkFailures.displayName(network)
                        + " dropped the connection before answering; whether the change happened is being checked.", e);
            }
            throw NetworkException.retryable(network, "connection_failed", NetworkFailures.displayName(network)
                    + " dropped the connection; it will be retried.", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw timeout(network, changesState, e);
        }
    }

    /** A JSON request body. */
    public HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Request body cannot be written as JSON", e);
        }
    }

    private static NetworkException timeout(Network network, boolean changesState, Exception cause) {
        String name = NetworkFailures.displayName(network);
        if (changesState) {
            return NetworkException.unknownOutcome(network, name + " did not answer in time; whether the change"
                    + " happened is being checked before anything is retried.", cause);
        }
        return NetworkException.retryable(network, "timeout", name + " did not answer in time; it will be retried.",
                null);
    }
}
