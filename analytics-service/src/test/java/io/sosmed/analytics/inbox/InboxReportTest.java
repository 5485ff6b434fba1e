package io.sosmed.analytics.inbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.analytics.AnalyticsEvents;
import io.sosmed.platform.event.Topics;
import io.sosmed.testing.oidc.DemoUser;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Conversations closed in April 2024 in acme: two by gabe (one breached by event), one unassigned. */
@QuarkusTest
class InboxReportTest {

    private static final String PATH = "/api/v1/workspaces/acme/reports/inbox";
    private static final Instant OPENED = Instant.parse("2024-04-10T08:00:00Z");

    @BeforeAll
    static void decimals() {
        AnalyticsEvents.readDecimalsAsDoubles();
    }

    private static UUID closed(String assignee, String priority, Long firstResponse, long resolution, boolean flagged) {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", id.toString());
        data.put("channelId", "x-inbox");
        data.put("network", "X");
        data.put("priority", priority);
        data.put("assigneeId", assignee);
        data.put("openedAt", OPENED.toString());
        data.put("firstResponseAt", firstResponse == null ? null : OPENED.plusSeconds(firstResponse).toString());
        data.put("closedAt", OPENED.plusSeconds(resolution).toString());
        data.put("firstResponseSeconds", firstResponse);
        data.put("resolutionSeconds", resolution);
        data.put("slaBreached", flagged);
        AnalyticsEvents.send(Topics.INBOX_EVENTS, id.toString(), "sosmed.conversation.closed.v1", "acme", id.toString(), data);
        return id;
    }

    private static void breached(UUID id, String assignee) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", id.toString());
        data.put("channelId", "x-inbox");
        data.put("network", "X");
        data.put("priority", "HIGH");
        data.put("target", "FIRST_RESPONSE");
        data.put("dueAt", OPENED.plusSeconds(600).toString());
        data.put("breachedAt", OPENED.plusSeconds(601).toString());
        data.put("assigneeId", assignee);
        AnalyticsEvents.send(Topics.INBOX_EVENTS, id.toString(), "sosmed.conversation.sla-breached.v1", "acme", id.toString(), data);
    }

    @Test
    void responseTimesAndBreachRatesPerAgentAndPriority() {
        UUID slow = closed("user-gabe", "HIGH", 1200L, 7200, false);
        breached(slow, "user-gabe");
        breached(slow, "user-gabe");
        closed("user-gabe", "NORMAL", 300L, 3600, false);
        closed(null, "HIGH", null, 600, true);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DemoUser.NINA.token())
                .queryParam("from", "2024-04-01").queryParam("to", "2024-04-30").when().get(PATH)
                .then().statusCode(200)
                .body("groupBy", equalTo("agent"))
                .body("groups.find { it.key == 'user-gabe' }.closed", equalTo(2))
                .body("groups.find { it.key == 'user-gabe' }.averageFirstResponseSeconds", closeTo(750.0, 1e-9))
                .body("groups.find { it.key == 'user-gabe' }.medianResolutionSeconds", closeTo(5400.0, 1e-9))
                .body("groups.find { it.key == 'user-gabe' }.breached", equalTo(1))
                .body("groups.find { it.key == 'user-gabe' }.breachRate", closeTo(0.5, 1e-9))
                .body("groups.find { it.key == '(unassigned)' }.breachRate", closeTo(1.0, 1e-9)));

        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2024-04-01").queryParam("to", "2024-04-30")
                .queryParam("groupBy", "priority").when().get(PATH)
                .then().statusCode(200)
                .body("groups.find { it.key == 'HIGH' }.closed", equalTo(2))
                .body("groups.find { it.key == 'HIGH' }.breachRate", closeTo(1.0, 1e-9))
                .body("groups.find { it.key == 'NORMAL' }.breachRate", closeTo(0.0, 1e-9));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("groupBy", "mood").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(DemoUser.GABE.token()).when().get(PATH).then().statusCode(403);
    }
}
