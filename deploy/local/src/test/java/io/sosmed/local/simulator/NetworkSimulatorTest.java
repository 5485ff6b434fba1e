package io.sosmed.local.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetworkSimulatorTest extends RunningSimulatorTest {

    @Test
    void mastodonStatusWithTheSameIdempotencyKeyIsCreatedOnce() throws Exception {
        JsonNode first = mastodonStatus("token-a", "Hello fediverse", "attempt-1");
        JsonNode again = mastodonStatus("token-a", "Hello fediverse", "attempt-1");
        JsonNode other = mastodonStatus("token-a", "Hello fediverse", "attempt-2");

        assertThat(again.path("id").asText()).isEqualTo(first.path("id").asText());
        assertThat(other.path("id").asText()).isNotEqualTo(first.path("id").asText());
        assertThat(first.path("url").asText()).startsWith(simulator.mastodonUrl() + "/@sosmed_demo/");
    }

    @Test
    void followersReplyAfterAPostAndTheRepliesArriveAsMentionsOnce() throws Exception {
        String statusId = mastodonStatus("token-b", "Our webinar starts Monday", "a").path("id").asText();
        assertThat(get(simulator.mastodonUrl() + "/api/v1/notifications?types[]=mention", "token-b").body())
                .isEqualTo("[]");

        clock.advance(Duration.ofSeconds(30));
        JsonNode mentions = JSON.readTree(get(simulator.mastodonUrl() + "/api/v1/notifications", "token-b").body());

        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(0).path("status").path("in_reply_to_id").asText()).isEqualTo(statusId);
        assertThat(mentions.get(0).path("status").path("content").asText()).contains("kecewa");
        String newest = mentions.get(0).path("id").asText();
        assertThat(JSON.readTree(get(simulator.mastodonUrl() + "/api/v1/notifications?since_id=" + newest,
                "token-b").body())).isEmpty();
    }

    @Test
    void everyTokenIsAnAccountOfItsOwn() throws Exception {
        JsonNode first = JSON.readTree(get(simulator.mastodonUrl() + "/api/v1/accounts/verify_credentials", "one").body());
        JsonNode second = JSON.readTree(get(simulator.mastodonUrl() + "/api/v1/accounts/verify_credentials", "two").body());

        assertThat(first.path("id").asText()).isNotEqualTo(second.path("id").asText());
        assertThat(first.path("username").asText()).isNotEqualTo(second.path("username").asText());
    }

    @Test
    void expiredTokenIs401AndRateLimitedTokenIs429WithResetHeader() throws Exception {
        HttpResponse<String> expired = get(simulator.mastodonUrl() + "/api/v1/accounts/verify_credentials",
                "expired");
        HttpResponse<String> limited = get(simulator.xUrl() + "/2/users/me", "ratelimited");

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(expired.body()).path("error").asText()).isEqualTo("The access token is invalid");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("x-rate-limit-remaining")).contains("0");
        assertThat(Long.parseLong(limited.headers().firstValue("x-rate-limit-reset").orElseThrow()))
                .isGreaterThan(Instant.now().getEpochSecond());
    }

    @Test
    void xTweetMetricsGrowWithTimeAndDuplicateTextIsForbidden() throws Exception {
        HttpResponse<String> created = post(simulator.xUrl() + "/2/tweets", "token-x",
                "{\"text\":\"Launch day #sosmed\"}", "application/json", null);
        String id = JSON.readTree(created.body()).path("data").path("id").asText();
        long early = metrics(id).path("impression_count").asLong();

        clock.advance(Duration.ofHours(2));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(metrics(id).path("impression_count").asLong()).isGreaterThan(early);
        assertThat(metrics(id).path("reply_count").asLong()).isEqualTo(3);
        assertThat(post(simulator.xUrl() + "/2/tweets", "token-x", "{\"text\":\"Launch day #sosmed\"}",
                "application/json", null).statusCode()).isEqualTo(403);
    }

    private JsonNode metrics(String tweetId) throws Exception {
        return JSON.readTree(get(simulator.xUrl() + "/2/tweets/" + tweetId + "?tweet.fields=public_metrics",
                "token-x").body()).path("data").path("public_metrics");
    }

    private JsonNode mastodonStatus(String token, String text, String idempotencyKey) throws Exception {
        HttpResponse<String> response = post(simulator.mastodonUrl() + "/api/v1/statuses", token,
                "status=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", idempotencyKey);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token, String body, String contentType, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
