package io.sosmed.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The simulator answers the Mastodon and X requests schedule-service sends, including idempotent retries. */
class NetworkSimulatorTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void mastodonStatusesAreIdempotentAndXPostsCanBeReadBack() throws Exception {
        try (NetworkSimulator simulator = new NetworkSimulator(0, Duration.ZERO)) {
            simulator.start();
            String body = "{\"status\":\"Hello \\\"world\\\"\",\"media_ids\":[]}";

            String first = post(simulator, "/api/v1/statuses", body, "attempt-1").body();
            String retry = post(simulator, "/api/v1/statuses", body, "attempt-1").body();
            HttpResponse<String> credentials = get(simulator, "/api/v1/accounts/verify_credentials");
            HttpResponse<String> tweet = post(simulator, "/2/tweets", "{\"text\":\"Hi X\"}", null);
            String tweetId = tweet.body().replaceAll(".*\"id\":\"(\\d+)\".*", "$1");

            assertThat(first).isEqualTo(retry).contains("Hello &quot;world&quot;".replace("&quot;", "\\\""));
            assertThat(credentials.statusCode()).isEqualTo(200);
            assertThat(credentials.body()).contains("\"acct\":\"newcomer\"");
            assertThat(tweet.statusCode()).isEqualTo(201);
            assertThat(get(simulator, "/2/tweets/" + tweetId).body()).contains("\"public_metrics\"");
            assertThat(get(simulator, "/2/users/1000/mentions").body()).contains("\"result_count\":0");
        }
    }

    @Test
    void requestsWithoutTokenAreRefused() throws Exception {
        try (NetworkSimulator simulator = new NetworkSimulator(0, Duration.ZERO)) {
            simulator.start();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                    + "/api/v1/accounts/verify_credentials")).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> get(NetworkSimulator simulator, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Authorization", "Bearer sim").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(NetworkSimulator simulator, String path, String json, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Authorization", "Bearer sim").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
