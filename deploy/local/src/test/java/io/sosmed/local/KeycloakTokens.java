package io.sosmed.local;

import static io.restassured.RestAssured.given;

/** Access tokens from the stack's real Keycloak, the way a front-end or an integrating system gets them. */
final class KeycloakTokens {

    private static final String DEMO_PASSWORD = "demo";

    private KeycloakTokens() {
    }

    static String password(StackSettings settings, String username) {
        return given().formParam("client_id", "sosmed-cli").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", DEMO_PASSWORD)
                .when().post(settings.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static String clientCredentials(StackSettings settings) {
        return given().formParam("client_id", "sosmed-integration")
                .formParam("client_secret", "sosmed-integration-secret")
                .formParam("grant_type", "client_credentials")
                .when().post(settings.issuer() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
