package io.sosmed.analytics.insight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.testing.oidc.DemoUser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WhatWorksApiTest {

    private static final String PATH = "/api/v1/workspaces/acme/insights/what-works";

    @Test
    void refusesToClaimAnythingWithTooFewPostsAndChecksParameters() {
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get(PATH).then().statusCode(200)
                .body("n", equalTo(0))
                .body("enoughData", equalTo(false))
                .body("effects", hasSize(0))
                .body("findings[0]", startsWith("Not enough data: 0 measured posts"));
        given().auth().oauth2(DemoUser.NINA.token()).queryParam("network", "MYSPACE").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("network"));
        given().auth().oauth2(DemoUser.VERA.token()).when().get(PATH).then().statusCode(403);
    }
}
