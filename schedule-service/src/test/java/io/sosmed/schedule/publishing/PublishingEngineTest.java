package io.sosmed.schedule.publishing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.sosmed.platform.event.Topics;
import io.sosmed.schedule.network.ChannelStatus;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import io.sosmed.schedule.scheduling.PublicationRepository;
import io.sosmed.schedule.scheduling.PublicationStatus;
import io.sosmed.schedule.scheduling.ScheduledPublication;
import io.sosmed.schedule.support.ScriptedNetwork;
import io.sosmed.schedule.support.TestChannels;
import io.sosmed.schedule.support.TestClock;
import io.sosmed.schedule.support.TestPosts;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.kafka.KafkaTestClient;
import io.sosmed.testing.oidc.DemoUser;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublishingEngineTest {

    private static final String SCHEDULES = "/api/v1/workspaces/acme/schedules";

    @Inject
    TestChannels channels;
    @Inject
    ScriptedNetwork network;
    @Inject
    PublishingEngine engine;
    @Inject
    PublicationClaims claims;
    @Inject
    PublicationRepository publications;
    @Inject
    TestClock clock;
    @Inject
    PublishingConfig config;
    @Inject
    FirstCommentOutcomes firstComments;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void publishesEachChannelOnceAndReportsOutcomesPerChannel() {
        String ok = channels.connect("acme", Network.TIKTOK, "UTC");
        String rejected = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(rejected, (n, c, p) -> {
            throw NetworkException.permanent(Network.TIKTOK, "video_too_long", "TikTok refused the video: it is longer than 10 minutes");
        });
        UUID post = TestPosts.approved("acme", ok, rejected);
        try (KafkaTestClient.TopicReader lifecycle = kafka().read(Topics.POST_LIFECYCLE)) {
            scheduleNow(post);
            engine.runOnce();
            engine.runOnce();

            JsonPath outcomes = outcomes(post);
            assertThat(outcomes.getString(path(ok, "status"))).isEqualTo("PUBLISHED");
            assertThat(outcomes.getString(path(ok, "externalId"))).startsWith("tt-");
            assertThat(outcomes.getString(path(ok, "url"))).startsWith("https://tiktok.test/");
            assertThat(outcomes.getString(path(rejected, "status"))).isEqualTo("FAILED");
            assertThat(outcomes.getString(path(rejected, "failureReason"))).contains("longer than 10 minutes");
            assertThat(network.publishCalls(ok)).isEqualTo(1);
            assertThat(network.publishCalls(rejected)).isEqualTo(1);

            JsonNode published = awaitEvent(lifecycle, post, "sosmed.post.published.v1");
            assertThat(published.at("/data/channelId").asText()).isEqualTo(ok);
            assertThat(published.at("/data/network").asText()).isEqualTo("TIKTOK");
            assertThat(published.at("/data/attemptId").asText()).isEqualTo(outcomes.getString(path(ok, "attemptId")));
            JsonNode failed = awaitEvent(lifecycle, post, "sosmed.post.publish-failed.v1");
            assertThat(failed.at("/data/code").asText()).isEqualTo("video_too_long");
            assertThat(failed.at("/data/retryable").asBoolean()).isFalse();
        }
    }

    @Test
    void rateLimitIsRetriedAfterRetryAfterAndNeverRepublishesAChannelThatSucceeded() {
        String limited = channels.connect("acme", Network.TIKTOK, "UTC");
        String fine = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(limited, (n, c, p) -> {
            throw NetworkException.retryable(Network.TIKTOK, "rate_limited", "TikTok rate limit reached", Duration.ofSeconds(90));
        });
        UUID post = TestPosts.approved("acme", limited, fine);
        scheduleNow(post);

        engine.runOnce();
        ScheduledPublication waiting = row(post, limited);
        assertThat(waiting.status).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(waiting.dueAt).isAfterOrEqualTo(waiting.claimedAt.plusSeconds(90));
        assertThat(waiting.failureReason).contains("rate limit");
        assertThat(row(post, fine).status).isEqualTo(PublicationStatus.PUBLISHED);

        clock.advance(Duration.ofSeconds(60));
        engine.runOnce();
        assertThat(network.publishCalls(limited)).as("not retried before Retry-After").isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        engine.runOnce();
        assertThat(network.publishCalls(limited)).isEqualTo(2);
        assertThat(row(post, limited).status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(row(post, limited).attempts).isEqualTo(2);
        assertThat(network.publishCalls(fine)).isEqualTo(1);
        assertThat(network.postsOn(fine)).isEqualTo(1);
    }

    @Test
    void aRateLimitedChannelHoldsItsOtherDueWorkUntilRetryAfterWhileOtherChannelsGoOn() {
        String limited = channels.connect("acme", Network.TIKTOK, "UTC");
        String other = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(limited, (n, c, p) -> {
            throw NetworkException.retryable(Network.TIKTOK, "rate_limited", "TikTok rate limit reached", Duration.ofSeconds(300));
        });
        UUID first = TestPosts.approved("acme", limited);
        scheduleNow(first);
        engine.runOnce();
        UUID second = TestPosts.approved("acme", limited, other);
        scheduleNow(second);

        engine.runOnce();
        assertThat(network.publishCalls(limited)).as("only the call that met the limit").isEqualTo(1);
        assertThat(row(second, other).status).isEqualTo(PublicationStatus.PUBLISHED);
        clock.advance(Duration.ofSeconds(301));
        engine.runOnce();
        assertThat(row(first, limited).status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(row(second, limited).status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(network.publishCalls(limited)).isEqualTo(3);
    }

    @Test
    void retryableFailuresGiveUpAfterMaxAttemptsWithTheReason() {
        String flaky = channels.connect("acme", Network.TIKTOK, "UTC");
        for (int i = 0; i < config.maxAttempts(); i++) {
            network.script(flaky, (n, c, p) -> {
                throw NetworkException.retryable(Network.TIKTOK, "server_error", "TikTok answered 503", null);
            });
        }
        UUID post = TestPosts.approved("acme", flaky);
        scheduleNow(post);
        for (int i = 0; i < config.maxAttempts(); i++) {
            engine.runOnce();
            clock.advance(config.maxBackoff());
        }
        ScheduledPublication failed = row(post, flaky);
        assertThat(failed.status).isEqualTo(PublicationStatus.FAILED);
        assertThat(failed.attempts).isEqualTo(config.maxAttempts());
        assertThat(failed.failureReason).contains("TikTok answered 503").contains("gave up after " + config.maxAttempts());
    }

    @Test
    void waitingForTheAppsRateBudgetIsNotAnAttemptAndNeverExhaustsThem() {
        String held = channels.connect("acme", Network.TIKTOK, "UTC");
        for (int i = 0; i < config.maxAttempts() + 2; i++) {
            network.script(held, (n, c, p) -> {
                throw NetworkException.retryable(Network.TIKTOK, "app_rate_limited",
                        "The app limit is used up; calls wait 60 s", Duration.ofSeconds(60));
            });
        }
        UUID post = TestPosts.approved("acme", held);
        scheduleNow(post);
        for (int i = 0; i < config.maxAttempts() + 2; i++) {
            engine.runOnce();
            ScheduledPublication waiting = row(post, held);
            assertThat(waiting.status).isEqualTo(PublicationStatus.SCHEDULED);
            assertThat(waiting.attempts).as("a hold by the app budget is not an attempt").isZero();
            assertThat(waiting.failureCode).isEqualTo("app_rate_limited");
            assertThat(waiting.dueAt).isBetween(clock.instant().plusSeconds(50), clock.instant().plusSeconds(60));
            clock.advance(Duration.ofSeconds(61));
        }
        engine.runOnce();

        ScheduledPublication published = row(post, held);
        assertThat(published.status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.attempts).isEqualTo(1);
        assertThat(network.postsOn(held)).isEqualTo(1);
    }

    @Test
    void aFirstCommentHeldByTheAppsRateBudgetWaitsWithoutSpendingAttempts() {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(channel, (n, c, p) -> n.create(c, p).withFirstCommentFailure(
                NetworkException.retryable(Network.TIKTOK, "server_error", "TikTok answered 503", null)));
        for (int i = 0; i < config.maxAttempts() + 2; i++) {
            network.scriptComments(channel, () -> {
                throw NetworkException.retryable(Network.TIKTOK, "app_rate_limited",
                        "The app limit is used up; calls wait 60 s", Duration.ofSeconds(60));
            });
        }
        UUID post = TestPosts.approvedWithFirstComment("acme", "More below", channel);
        scheduleNow(post);
        engine.runOnce();
        assertThat(row(post, channel).firstCommentStatus).isEqualTo("PENDING_RETRY");
        clock.advance(config.initialBackoff());

        for (int i = 0; i < config.maxAttempts() + 2; i++) {
            engine.runOnce();
            ScheduledPublication held = row(post, channel);
            assertThat(held.firstCommentStatus).isEqualTo("PENDING_RETRY");
            assertThat(held.firstCommentAttempts).as("a hold by the app budget is not an attempt").isEqualTo(1);
            clock.advance(Duration.ofSeconds(61));
        }
        engine.runOnce();

        ScheduledPublication sent = row(post, channel);
        assertThat(sent.firstCommentStatus).isEqualTo("SENT");
        assertThat(sent.firstCommentAttempts).isEqualTo(2);
        assertThat(sent.firstCommentExternalId).isEqualTo("tt-comment-" + sent.firstCommentAttemptId);
        assertThat(network.commentCalls(channel)).isEqualTo(config.maxAttempts() + 3);
        assertThat(network.publishCalls(channel)).isEqualTo(1);
    }

    @Test
    void authFailureMarksTheChannelAndTheWorkWaitsUntilItIsReconnected() {
        String expired = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(expired, (n, c, p) -> {
            throw NetworkException.auth(Network.TIKTOK, "token_revoked", "TikTok revoked the access token; reconnect the channel");
        });
        UUID post = TestPosts.approved("acme", expired);
        scheduleNow(post);

        engine.runOnce();
        assertThat(row(post, expired).status).isEqualTo(PublicationStatus.WAITING_RECONNECT);
        assertThat(channels.reconnectReason(expired)).hasValueSatisfying(r -> assertThat(r).contains("revoked"));
        engine.runOnce();
        assertThat(network.publishCalls(expired)).isEqualTo(1);

        channels.setStatus(expired, ChannelStatus.ACTIVE);
        engine.runOnce();
        assertThat(row(post, expired).status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(network.postsOn(expired)).isEqualTo(1);
    }

    @Test
    void crashAfterTheNetworkCallIsReconciledByLookupWithoutADuplicate() {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        scheduleNow(post);

        // A replica claims the publication, the network creates the post, and the replica dies before recording it.
        Claim claim = claims.claimDue(clock.instant(), 500).stream().filter(c -> c.postId().equals(post)).findFirst().orElseThrow();
        var context = channels.context("acme", channel).orElseThrow();
        network.create(context, new io.sosmed.schedule.network.Publication(claim.attemptId(), post, "Hello", List.of(), null, null, null));
        assertThat(row(post, channel).status).isEqualTo(PublicationStatus.PUBLISHING);

        engine.runOnce();
        assertThat(row(post, channel).status).as("a fresh claim is left alone").isEqualTo(PublicationStatus.PUBLISHING);

        clock.advance(config.publishTimeout().plusSeconds(1));
        engine.runOnce();

        ScheduledPublication reconciled = row(post, channel);
        assertThat(reconciled.status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(reconciled.attemptId).isEqualTo(claim.attemptId());
        assertThat(reconciled.attempts).isEqualTo(1);
        assertThat(network.publishCalls(channel)).as("never published again").isZero();
        assertThat(network.lookupCalls(channel)).isEqualTo(1);
        assertThat(network.postsOn(channel)).isEqualTo(1);
    }

    @Test
    void timeoutMakesThePublicationUnconfirmedAndALookupThatFindsNothingNeverRetries() {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(channel, (n, c, p) -> {
            throw NetworkException.unknownOutcome(Network.TIKTOK, "TikTok did not answer within 30 s", null);
        });
        UUID post = TestPosts.approved("acme", channel);
        try (KafkaTestClient.TopicReader lifecycle = kafka().read(Topics.POST_LIFECYCLE)) {
            scheduleNow(post);
            engine.runOnce();

            assertThat(row(post, channel).status).isEqualTo(PublicationStatus.UNCONFIRMED);
            JsonNode unconfirmed = awaitEvent(lifecycle, post, "sosmed.post.publish-unconfirmed.v1");
            assertThat(unconfirmed.at("/data/reason").asText()).contains("did not answer");
        }
        for (int i = 0; i < config.maxLookups() + 2; i++) {
            clock.advance(config.lookupInterval());
            engine.runOnce();
        }
        ScheduledPublication unresolved = row(post, channel);
        assertThat(unresolved.status).isEqualTo(PublicationStatus.UNCONFIRMED);
        assertThat(unresolved.lookups).isEqualTo(config.maxLookups());
        assertThat(unresolved.failureReason).contains("Not found").contains("/retry");
        assertThat(network.publishCalls(channel)).isEqualTo(1);

        given().auth().oauth2(DemoUser.EDDIE.token()).post("/api/v1/workspaces/acme/publications/" + unresolved.id + "/retry")
                .then().statusCode(403);
        given().auth().oauth2(DemoUser.PAULA.token()).post("/api/v1/workspaces/acme/publications/" + unresolved.id + "/retry")
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        engine.runOnce();
        assertThat(row(post, channel).status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(network.postsOn(channel)).isEqualTo(1);
    }

    @Test
    void twoConcurrentClaimersNeverClaimTheSameRow() throws Exception {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        List<UUID> posts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posts.add(TestPosts.approved("acme", channel));
        }
        Set<UUID> mine = new HashSet<>();
        for (UUID post : posts) {
            scheduleRecurringSoon(post);
            publications.ofPost("acme", post).forEach(p -> mine.add(p.id));
        }
        assertThat(mine).hasSize(60);
        clock.advance(Duration.ofDays(30));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<List<UUID>> claimer = () -> {
            start.await();
            List<UUID> claimed = new ArrayList<>();
            for (List<Claim> batch = claims.claimDue(clock.instant(), 3); !batch.isEmpty(); batch = claims.claimDue(clock.instant(), 3)) {
                batch.forEach(c -> claimed.add(c.id()));
            }
            return claimed;
        };
        Future<List<UUID>> first = pool.submit(claimer);
        Future<List<UUID>> second = pool.submit(claimer);
        start.countDown();
        List<UUID> a = first.get();
        List<UUID> b = second.get();
        pool.shutdown();

        List<UUID> ofMine = new ArrayList<>(a);
        ofMine.addAll(b);
        ofMine.retainAll(mine);
        assertThat(ofMine).as("every row claimed exactly once").hasSize(60).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ofMine)).isEqualTo(mine);
        assertThat(a).as("both claimers got work").isNotEmpty();
        assertThat(b).isNotEmpty();
    }

    @Test
    void twoConcurrentClaimersNeverClaimTheSameFirstCommentRetry() throws Exception {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        List<UUID> posts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            network.script(channel, (n, c, p) -> n.create(c, p).withFirstCommentFailure(
                    NetworkException.retryable(Network.TIKTOK, "server_error", "TikTok answered 503", null)));
            UUID post = TestPosts.approvedWithFirstComment("acme", "More below", channel);
            scheduleNow(post);
            posts.add(post);
        }
        engine.runOnce();
        Set<UUID> mine = new HashSet<>();
        for (UUID post : posts) {
            ScheduledPublication published = row(post, channel);
            assertThat(published.status).isEqualTo(PublicationStatus.PUBLISHED);
            assertThat(published.firstCommentStatus).isEqualTo("PENDING_RETRY");
            mine.add(published.id);
        }
        assertThat(network.postsOn(channel)).isEqualTo(12);
        clock.advance(config.maxBackoff().plusMinutes(1));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<List<UUID>> claimer = () -> {
            start.await();
            List<UUID> claimed = new ArrayList<>();
            for (List<FirstCommentClaim> batch = firstComments.claimDue(clock.instant(), 2); !batch.isEmpty();
                    batch = firstComments.claimDue(clock.instant(), 2)) {
                batch.forEach(c -> claimed.add(c.id()));
            }
            return claimed;
        };
        Future<List<UUID>> first = pool.submit(claimer);
        Future<List<UUID>> second = pool.submit(claimer);
        start.countDown();
        List<UUID> claimed = new ArrayList<>(first.get());
        claimed.addAll(second.get());
        pool.shutdown();

        claimed.retainAll(mine);
        assertThat(claimed).as("every first comment claimed exactly once").hasSize(12).doesNotHaveDuplicates();
        for (UUID post : posts) {
            ScheduledPublication sending = row(post, channel);
            assertThat(sending.firstCommentStatus).isEqualTo("SENDING");
            assertThat(sending.firstCommentAttempts).isEqualTo(2);
            assertThat(sending.firstCommentAttemptId).isNotEqualTo(sending.attemptId);
        }
        assertThat(network.publishCalls(channel)).as("claiming a comment never publishes the post").isEqualTo(12);

        clock.advance(config.publishTimeout().plusMinutes(1));
        engine.runOnce();
        for (UUID post : posts) {
            ScheduledPublication stale = row(post, channel);
            assertThat(stale.firstCommentStatus).as("a claim whose replica stopped mid-call is not sent again blindly")
                    .isEqualTo("UNCONFIRMED");
            assertThat(stale.firstCommentReason).contains("may or may not be on the network");
        }
        assertThat(network.publishCalls(channel)).isEqualTo(12);
    }

    @Test
    void pausedWorkspacePublishesNothingUntilResumed() {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        UUID post = TestPosts.approved("acme", channel);
        given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON).body(Map.of("reason", "no"))
                .post("/api/v1/workspaces/acme/pause").then().statusCode(403);
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("reason", "Breaking news"))
                .post("/api/v1/workspaces/acme/pause").then().statusCode(200).body("workspacePaused", equalTo(true));
        try {
            scheduleNow(post);
            engine.runOnce();
            clock.advance(Duration.ofMinutes(10));
            engine.runOnce();
            assertThat(network.publishCalls(channel)).isZero();
            assertThat(row(post, channel).status).isEqualTo(PublicationStatus.SCHEDULED);
        } finally {
            given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("missed", "publishNow"))
                    .post("/api/v1/workspaces/acme/resume").then().statusCode(200)
                    .body("missedAction", equalTo("PUBLISH_NOW"))
                    .body("state.workspacePaused", equalTo(false));
        }
        engine.runOnce();
        assertThat(network.publishCalls(channel)).isEqualTo(1);
        assertThat(row(post, channel).status).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void aPausedChannelSendsNoFirstCommentRetryUntilResumed() {
        String channel = channels.connect("acme", Network.TIKTOK, "UTC");
        network.script(channel, (n, c, p) -> n.create(c, p).withFirstCommentFailure(
                NetworkException.retryable(Network.TIKTOK, "server_error", "TikTok answered 503", null)));
        UUID post = TestPosts.approvedWithFirstComment("acme", "More below", channel);
        scheduleNow(post);
        engine.runOnce();
        assertThat(row(post, channel).firstCommentStatus).isEqualTo("PENDING_RETRY");
        given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(Map.of("reason", "Crisis"))
                .post("/api/v1/workspaces/acme/channels/" + channel + "/pause").then().statusCode(200);

        clock.advance(config.maxBackoff());
        engine.runOnce();
        assertThat(network.commentCalls(channel)).as("paused work stays queued").isZero();
        assertThat(row(post, channel).firstCommentStatus).isEqualTo("PENDING_RETRY");

        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("missed", "publishNow"))
                .post("/api/v1/workspaces/acme/channels/" + channel + "/resume").then().statusCode(200);
        engine.runOnce();
        assertThat(row(post, channel).firstCommentStatus).isEqualTo("SENT");
        assertThat(network.commentCalls(channel)).isEqualTo(1);
        assertThat(network.publishCalls(channel)).isEqualTo(1);
    }

    @Test
    void pausedChannelResumedWithShiftMovesMissedWorkAndSkipDropsIt() {
        String shifted = channels.connect("acme", Network.TIKTOK, "UTC");
        String skipped = channels.connect("acme", Network.TIKTOK, "UTC");
        UUID post = TestPosts.approved("acme", shifted, skipped);
        for (String channel : List.of(shifted, skipped)) {
            given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(Map.of("reason", "Account review"))
                    .post("/api/v1/workspaces/acme/channels/" + channel + "/pause").then().statusCode(200);
        }
        scheduleNow(post);
        engine.runOnce();
        assertThat(network.publishCalls(shifted) + network.publishCalls(skipped)).isZero();

        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("missed", "shiftBy"))
                .post("/api/v1/workspaces/acme/channels/" + shifted + "/resume").then().statusCode(400)
                .body("errors[0].field", equalTo("shiftBy"));
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("missed", "shiftBy", "shiftBy", "PT2H"))
                .post("/api/v1/workspaces/acme/channels/" + shifted + "/resume").then().statusCode(200).body("missedCount", equalTo(1));
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("missed", "skip"))
                .post("/api/v1/workspaces/acme/channels/" + skipped + "/resume").then().statusCode(200).body("missedCount", equalTo(1));
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON).body(Map.of("missed", "skip"))
                .post("/api/v1/workspaces/acme/channels/" + skipped + "/resume").then().statusCode(409);

        engine.runOnce();
        assertThat(row(post, skipped).status).isEqualTo(PublicationStatus.SKIPPED);
        assertThat(row(post, shifted).status).isEqualTo(PublicationStatus.SCHEDULED);
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        engine.runOnce();
        assertThat(row(post, shifted).status).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(network.publishCalls(skipped)).isZero();
    }

    private void scheduleNow(UUID post) {
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "NOW")).post(SCHEDULES).then().statusCode(201);
    }

    private void scheduleRecurringSoon(UUID post) {
        String start = java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), java.time.ZoneOffset.UTC)
                .withSecond(0).withNano(0).toString();
        given().auth().oauth2(DemoUser.PAULA.token()).contentType(ContentType.JSON)
                .body(Map.of("postId", post.toString(), "mode", "AT", "at", start, "zone", "UTC",
                        "recurrence", "RRULE:FREQ=HOURLY;COUNT=20"))
                .post(SCHEDULES).then().statusCode(201).body("publications", hasSize(20));
    }

    private JsonPath outcomes(UUID post) {
        return given().auth().oauth2(DemoUser.VERA.token()).queryParam("postId", post)
                .get("/api/v1/workspaces/acme/publications").then().statusCode(200).extract().jsonPath();
    }

    private static String path(String channelId, String field) {
        return "find { it.channelId == '" + channelId + "' }." + field;
    }

    private ScheduledPublication row(UUID post, String channelId) {
        return QuarkusTransaction.requiringNew().call(() -> publications.ofPost("acme", post).stream()
                .filter(p -> p.channelId.equals(channelId)).findFirst().orElseThrow());
    }

    private static KafkaTestClient kafka() {
        return new KafkaTestClient(KafkaTestResource.bootstrapServers());
    }

    private static JsonNode awaitEvent(KafkaTestClient.TopicReader reader, UUID postId, String type) {
        return io.sosmed.schedule.scheduling.ScheduleApiTestSupport.awaitEvent(reader, postId, type);
    }
}
