package uk.gov.tca.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public API: routed by first segment, streamed, guarded at the edge, and honest when a service fails. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class ApiRoutingTests {

    private static String token(String user) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of("bidder"));
    }

    @BeforeEach
    void reset() {
        Services.reset();
    }

    @Test
    void eachFirstSegmentReachesTheServiceThatOwnsItWithoutTheApiPrefix() {
        String token = token("router");
        for (String[] route : new String[][] {{"organisations/GB-LAE-BAB", "partner"}, {"collaborations", "partner"},
                {"rounds", "bid"}, {"bids/42/appraisal", "bid"}, {"feed?after=10", "bid"}, {"schemes", "scoring"},
                {"assessors/me", "scoring"}, {"conflicts?bid=1", "scoring"}, {"assignments/auto", "scoring"},
                {"assessments/7", "scoring"}, {"moderations/1", "scoring"}, {"rankings/r1", "scoring"},
                {"decisions/r1", "scoring"}, {"exports/360giving?round=r1", "scoring"}}) {
            given().auth().oauth2(token).urlEncodingEnabled(false).get("/api/" + route[0]).then().statusCode(200)
                    .header("X-Served-By", route[1]).body("service", equalTo(route[1]));
            Services.SERVERS.get(route[1]).verify(getRequestedFor(urlEqualTo("/" + route[0])));
        }
    }

    @Test
    void theServiceLearnsWhoCalledThroughWhichRequestAndTrace() {
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().auth().oauth2(token("forwarded")).header("X-Request-Id", "council-ticket-0042")
                .header("traceparent", trace).header("X-Forwarded-For", "6.6.6.6").header("Keep-Alive", "timeout=5")
                .header("Proxy-Authorization", "Basic c2VjcmV0").header("Accept-Language", "en-GB")
                .get("/api/bids/42").then().statusCode(200).header("X-Request-Id", "council-ticket-0042");
        Services.SERVERS.get("bid").verify(getRequestedFor(urlEqualTo("/bids/42"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withHeader("X-Request-Id", WireMock.equalTo("council-ticket-0042"))
                .withHeader("traceparent", WireMock.equalTo(trace))
                .withHeader("X-Forwarded-For", WireMock.equalTo("127.0.0.1"))
                .withHeader("X-Forwarded-Proto", WireMock.equalTo("http"))
                .withHeader("X-Forwarded-Prefix", WireMock.equalTo("/api"))
                .withHeader("X-Forwarded-Host", matching("(localhost|127\\.0\\.0\\.1):\\d+"))
                .withHeader("Accept-Language", WireMock.equalTo("en-GB"))
                .withHeader("Keep-Alive", absent())
                .withHeader("Proxy-Authorization", absent()));
    }

    @Test
    void aRequestWithoutIdOrTraceGetsNewOnes() {
        String id = given().auth().oauth2(token("fresh")).header("X-Request-Id", "bad id with spaces")
                .get("/api/rounds").then().statusCode(200).header("X-Request-Id", notNullValue()).extract().header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        Services.SERVERS.get("bid").verify(getRequestedFor(urlEqualTo("/rounds"))
                .withHeader("X-Request-Id", WireMock.equalTo(id))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-01")));
    }

    @Test
    void aBodyIsPassedOnByteForByteAndSoIsTheAnswer() {
        byte[] body = new byte[600_000];
        new Random(7).nextBytes(body);
        given().auth().oauth2(token("streamer")).contentType("application/octet-stream").body(body)
                .header("Idempotency-Key", "k-1").post("/api/bids/imports").then().statusCode(200);
        Services.SERVERS.get("bid").verify(postRequestedFor(urlEqualTo("/bids/imports"))
                .withHeader("Idempotency-Key", WireMock.equalTo("k-1")).withRequestBody(binaryEqualTo(body)));
    }

    @Test
    void aBodyOverTheLimitNeverReachesAService() {
        given().auth().oauth2(token("big")).contentType("application/json").body(new byte[1_048_577])
                .post("/api/bids").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:tca:problem:too-large"), "status", equalTo(413));
        assertThat(Services.SERVERS.get("bid").getAllServeEvents()).isEmpty();
    }

    @Test
    void anUnknownSegmentIsAProblemNotAGuess() {
        given().auth().oauth2(token("lost")).get("/api/nothing-here/1").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:tca:problem:not-found"), "instance", equalTo("/api/nothing-here/1"));
        given().auth().oauth2(token("lost")).get("/api").then().statusCode(404).contentType("application/problem+json");
        // a climb written plainly is resolved by the gateway's router to its own paths; an encoded one is refused
        given().auth().oauth2(token("lost")).urlEncodingEnabled(false).get("/api/bids/%2e%2e/rounds").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("lost")).urlEncodingEnabled(false).get("/api/bids/1%2F..%2F..%2Fq").then()
                .statusCode(400).contentType("application/problem+json");
        Services.SERVERS.values().forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
    }

    @Test
    void withoutAValidTokenNothingPassesTheEdge() {
        given().get("/api/bids").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:tca:problem:unauthenticated"));
        given().auth().oauth2("not.a.token").get("/api/bids").then().statusCode(401)
                .contentType("application/problem+json");
        String token = token("tamper");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).get("/api/bids").then().statusCode(401);
        Services.SERVERS.values().forEach(s -> assertThat(s.getAllServeEvents()).isEmpty());
    }

    @Test
    void aServiceThatIsDownIsA503AndASlowOneA504NeverAHang() {
        given().auth().oauth2(token("patient")).get("/api/down/1").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("urn:tca:problem:service-unavailable"), "requestId", notNullValue());
        given().auth().oauth2(token("patient")).get("/api/slow/1").then().statusCode(504)
                .contentType("application/problem+json").body("type", equalTo("urn:tca:problem:gateway-timeout"));
    }

    @Test
    void aBurstOverTheRateLimitIs429WithRetryAfterForThatCallerOnly() {
        String greedy = token("greedy");
        List<Integer> statuses = new ArrayList<>();
        Response limited = null;
        for (int i = 0; i < 60; i++) {
            Response r = given().auth().oauth2(greedy).get("/api/rounds");
            statuses.add(r.statusCode());
            if (r.statusCode() == 429 && limited == null) {
                limited = r;
            }
        }
        assertThat(statuses).contains(200, 429);
        assertThat(statuses.subList(0, 30)).containsOnly(200); // the burst allowance
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(token("patient-neighbour")).get("/api/rounds").then().statusCode(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Response r : List.of(given().auth().oauth2(token("headers")).get("/api/rounds"), given().get("/api/rounds"),
                given().get("/"))) {
            r.then().header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
        given().get("/").then().statusCode(200).body(containsString("govuk-header"));
        given().redirects().follow(false).get("/app").then().statusCode(greaterThanOrEqualTo(302))
                .header("Location", containsString("response_type=code"))
                .header("Location", containsString("code_challenge_method=S256"));
    }
}
