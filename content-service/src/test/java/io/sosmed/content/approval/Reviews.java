package io.sosmed.content.approval;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sosmed.testing.oidc.DemoUser;

/** Calls of the review API used across approval tests. */
final class Reviews {

    static final String ACME = "/api/v1/workspaces/acme";
    static final String PROBLEM_JSON = "application/problem+json";

    private Reviews() {
    }

    static String createPost(String channelId, String text, String onBehalfOf) {
        String behalf = onBehalfOf == null ? "null" : "\"" + onBehalfOf + "\"";
        return given().auth().oauth2(DemoUser.EDDIE.token()).contentType(ContentType.JSON)
                .body("""
                        {"title":"Review me","tags":["review"],"onBehalfOf":%s,
                         "variants":[{"channelId":"%s","text":"%s"}]}""".formatted(behalf, channelId, text))
                .when().post(ACME + "/posts").then().statusCode(201).extract().path("id");
    }

    static ValidatableResponse act(DemoUser user, String postId, String action, String body) {
        var request = given().auth().oauth2(user.token());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(ACME + "/posts/" + postId + "/" + action).then();
    }

    static ValidatableResponse post(DemoUser user, String postId) {
        return given().auth().oauth2(user.token()).when().get(ACME + "/posts/" + postId).then().statusCode(200);
    }

    static void putPolicy(String body) {
        given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON).body(body)
                .when().put(ACME + "/approval-policy").then().statusCode(200);
    }

    /** The default policy: one step by any approver. */
    static void restoreDefaultPolicy() {
        putPolicy("""
                {"mode":"SINGLE","steps":[{"name":"Approval","role":"APPROVER"}]}""");
    }

    static String guardrail(String kind, String severity, String term) {
        return given().auth().oauth2(DemoUser.ALICE.token()).contentType(ContentType.JSON)
                .body("""
                        {"name":"Test %s","kind":"%s","severity":"%s","terms":["%s"]}""".formatted(kind, kind, severity, term))
                .when().post(ACME + "/guardrails").then().statusCode(201).extract().path("id");
    }

    static void deleteGuardrail(String id) {
        given().auth().oauth2(DemoUser.ALICE.token()).when().delete(ACME + "/guardrails/" + id).then().statusCode(204);
    }

    /** A word no other test uses, so a workspace guardrail on it touches only this test's posts. */
    static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        long seed = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (seed % 26)));
            seed /= 26;
        }
        return word.toString();
    }
}
