package uk.gov.tca.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;
import uk.gov.tca.edge.tokens.VerifiedTokens;
import jakarta.inject.Inject;

/**
 * A bearer token is verified in full once and then remembered until it expires: the same token again is let
 * through without a second verification, and nothing else is — not a token altered in any part, not the same
 * token once expired, not a request that never carried a valid one.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class VerifiedTokensTests {

    @Inject
    VerifiedTokens tokens;

    @BeforeEach
    void reset() {
        Services.reset();
    }

    private static String token(String user, long expiresAt) {
        return Jwt.preferredUserName(user).groups(Set.of("bidder")).issuer("https://server.example.com")
                .subject("sub-" + user).claim("azp", "tca-cli").expiresAt(expiresAt)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRememberedWithItsIdentity() {
        String token = token("remembered", Instant.now().plusSeconds(300).getEpochSecond());
        long before = tokens.size();
        long hits = tokens.hits();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/rounds").then().statusCode(200).body("service", equalTo("bid"));
        }
        assertThat(tokens.size()).as("one entry for the token, however often it is used").isEqualTo(before + 1);
        assertThat(tokens.hits()).as("verified once, answered from memory twice").isEqualTo(hits + 2);
        Services.server("bid").verify(3, getRequestedFor(urlEqualTo("/rounds"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void aRememberedTokenAlteredInAnyPartIsVerifiedAgainAndRefused() {
        String token = token("altered", Instant.now().plusSeconds(300).getEpochSecond());
        given().auth().oauth2(token).get("/api/rounds").then().statusCode(200);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"bidder\"", "\"programme-manager\"");
        String moreRoles = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        for (String forged : new String[] {moreRoles, otherSignature, token + "x", token.substring(0, token.length() - 1)}) {
            given().auth().oauth2(forged).get("/api/rounds").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        Services.server("bid").verify(1, getRequestedFor(urlEqualTo("/rounds")));
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        long expiresAt = Instant.now().plusSeconds(2).getEpochSecond();
        String token = token("short-lived", expiresAt);
        given().auth().oauth2(token).get("/api/rounds").then().statusCode(200);
        while (Instant.now().getEpochSecond() <= expiresAt) {
            Thread.sleep(100);
        }
        given().auth().oauth2(token).get("/api/rounds").then().statusCode(401).contentType("application/problem+json");
        Services.server("bid").verify(1, getRequestedFor(urlEqualTo("/rounds")));
    }

    @Test
    void theRateLimitStillKnowsTheCallerOfARememberedToken() {
        String greedy = token("greedy-remembered", Instant.now().plusSeconds(300).getEpochSecond());
        int limited = 0;
        for (int i = 0; i < 150 && limited == 0; i++) {
            limited += given().auth().oauth2(greedy).get("/api/rounds").statusCode() == 429 ? 1 : 0;
        }
        assertThat(limited).as("the caller's burst ran out").isEqualTo(1);
        given().auth().oauth2(token("neighbour-remembered", Instant.now().plusSeconds(300).getEpochSecond()))
                .get("/api/rounds").then().statusCode(200);
    }
}
