package uk.gov.tca.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer under /api says which request it was and what is left of the caller's budget (the IETF draft's
 * RateLimit and RateLimit-Policy fields), whoever wrote it; a refused one says when to come back. The test profile's
 * budget is 30 at once, 5 a second.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
class EdgeHeadersTests {

    private static final String POLICY = "\"default\";q=30;w=6";
    private static final Pattern FIELD = Pattern.compile("\"default\";r=(\\d+);t=(\\d+)");

    private static String token(String user) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of("bidder"));
    }

    @BeforeEach
    void reset() {
        Services.reset();
    }

    /** r and t of a RateLimit field. */
    private static long[] budget(Response answer) {
        String field = answer.header("RateLimit");
        assertThat(field).as("RateLimit of a %d", answer.statusCode()).isNotNull();
        Matcher m = FIELD.matcher(field);
        assertThat(m.matches()).as(field).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    void theBudgetFallsAsItIsSpentAndA429SaysWhenToComeBack() {
        String token = token("budget-spender");
        List<Long> remaining = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 60 && refused == null; i++) {
            Response answer = given().auth().oauth2(token).get("/api/rounds");
            assertThat(answer.header("RateLimit-Policy")).isEqualTo(POLICY);
            assertThat(answer.header("X-Request-Id")).matches("[0-9a-f-]{36}");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(200);
                long[] budget = budget(answer);
                remaining.add(budget[0]);
                assertThat(budget[1]).as("seconds until the budget is whole").isBetween(1L, 6L);
            }
        }
        // the first request leaves 29 of 30; each one after takes one more, less what the refill (5 a second) gave
        // back meanwhile, down to none left just before the refusal
        assertThat(remaining.get(0)).isEqualTo(29);
        assertThat(remaining).allSatisfy(r -> assertThat(r).isBetween(0L, 29L));
        assertThat(remaining.get(remaining.size() - 1)).isLessThanOrEqualTo(1);
        assertThat(new java.util.HashSet<>(remaining)).hasSizeGreaterThan(20);

        assertThat(refused).as("a 429 within 60 requests").isNotNull();
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:tca:problem:rate-limited");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 6L);
        long[] spent = budget(refused);
        assertThat(spent[0]).isZero();
        assertThat(spent[1]).isBetween(retryAfter, 6L);
        assertThat(refused.header("RateLimit-Policy")).isEqualTo(POLICY);
        assertThat(refused.header("X-Request-Id")).isEqualTo(refused.jsonPath().getString("requestId"));

        // another caller's budget is its own
        Response neighbour = given().auth().oauth2(token("budget-neighbour")).get("/api/rounds");
        assertThat(neighbour.statusCode()).isEqualTo(200);
        assertThat(budget(neighbour)[0]).isEqualTo(29);
    }

    /** The gateway's own answers carry the same fields; those given before the budget applies spend none of it. */
    @Test
    void everyAnswerCarriesItsRequestIdAndTheBudgetWhoeverWroteIt() {
        String token = token("budget-reader");
        Response first = given().auth().oauth2(token).get("/api/rounds");
        long left = budget(first)[0];
        List<Response> answers = List.of(
                given().get("/api/rounds"), // 401: no token
                given().auth().oauth2("not.a.token").get("/api/rounds"), // 401: Quarkus refused the token
                given().auth().oauth2(token).get("/api/nothing-here"), // 404: no service
                given().auth().oauth2(token).urlEncodingEnabled(false).get("/api/bids/%2e%2e/rounds")); // 400
        for (Response answer : answers) {
            assertThat(answer.statusCode()).isIn(400, 401, 404);
            assertThat(answer.header("X-Request-Id")).as("%d", answer.statusCode()).isNotBlank();
            assertThat(answer.header("X-Request-Id")).isEqualTo(answer.jsonPath().getString("requestId"));
            assertThat(answer.header("RateLimit-Policy")).isEqualTo(POLICY);
            budget(answer);
        }
        // the 404 and the 400 told this caller's budget without spending it (the refill may have given some back)
        assertThat(budget(answers.get(2))[0]).isGreaterThanOrEqualTo(left);
        assertThat(budget(answers.get(3))[0]).isGreaterThanOrEqualTo(left);
        Response down = given().auth().oauth2(token).header("X-Request-Id", "council-ticket-0099").get("/api/down/1");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.header("X-Request-Id")).isEqualTo("council-ticket-0099");
        assertThat(budget(down)[0]).isLessThan(30);
        Response slow = given().auth().oauth2(token).get("/api/slow/1");
        assertThat(slow.statusCode()).isEqualTo(504);
        assertThat(slow.header("RateLimit-Policy")).isEqualTo(POLICY);
        budget(slow);
    }
}
