package uk.gov.tca.e2e;

import static io.restassured.RestAssured.given;

/** Tokens from the stack's real Keycloak, as a user or a system gets them. */
public final class Keycloak {

    public static final String TOKEN = LocalStack.KEYCLOAK + "/realms/tca/protocol/openid-connect/token";

    private Keycloak() {
    }

    /** Password grant through the local realm's public client tca-cli; every demo user's password is demo. */
    public static String tokenFor(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "tca-cli")
                .formParam("username", username).formParam("password", "demo")
                .post(TOKEN).then().statusCode(200).extract().path("access_token");
    }

    /** Client credentials of another government system. */
    public static String integratorToken() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "gov-integrator")
                .formParam("client_secret", "demo-secret")
                .post(TOKEN).then().statusCode(200).extract().path("access_token");
    }

    public static String claims(String token) {
        String payload = token.split("\\.")[1];
        return new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8);
    }
}
