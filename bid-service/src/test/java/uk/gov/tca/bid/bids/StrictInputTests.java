package uk.gov.tca.bid.bids;

import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.manager;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.bid.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * What the platform refuses before a bid is looked at (the reliability suite of the e2e module tries thousands of
 * such requests against every service; these are the rules, one each): each is a 400 or 413 problem naming what
 * was wrong, and no bid is created.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class StrictInputTests {

    private static final String PROBLEM = "application/problem+json";

    private static int bidsOfRound(String round) {
        return manager().searches("round", round).statusCode(200)
                .extract().path("total");
    }

    @Test
    void aControlCharacterInTextIsRefusedNamingTheField() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("title", "One workforce\u0000 for two councils");
        babergh().tryToDraft(bid)
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("title"),
                        "violations[0].message", containsString("U+0000"));
        bid.put("title", "Escape \u001b[31m sequences");
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("title"));
        assertNoBids(round);
    }

    @Test
    void aBodyThatIsNotUtf8ByTheLetterIsRefused() {
        String round = Fixtures.openRound();
        String json = "{\"roundId\":\"" + round + "\",\"title\":\"A\u00ff\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // ÿ is C3 BF in UTF-8; C0 AF is an overlong "/" that a lenient decoder reads as a slash
        int at = json.indexOf('\u00ff') + 1;
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0xAF;
        babergh().tryToDraft(bytes)
                .statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("body"),
                        "violations[0].message", equalTo("is not valid UTF-8"));
        assertNoBids(round);
    }

    @Test
    void anythingAfterTheOneJsonValueIsMalformedNotIgnored() {
        String round = Fixtures.openRound();
        String json = "{\"roundId\":\"" + round + "\",\"title\":\"A draft\"}";
        babergh().tryToDraft((json + "}").getBytes(StandardCharsets.UTF_8)).statusCode(400).contentType(PROBLEM);
        babergh().tryToDraft((json + " {\"title\":\"another\"}").getBytes(StandardCharsets.UTF_8)).statusCode(400);
        assertNoBids(round);
        String id = babergh().drafts(Fixtures.baberghBid(round));
        String etag = babergh().reads(id).extract().header("ETag");
        given().auth().oauth2(Tokens.babergh()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"title\":\"Patched\"}}").patch("/bids/{id}", id).then().statusCode(400).contentType(PROBLEM);
        babergh().reads(id).statusCode(200).header("ETag", etag);
    }

    @Test
    void numbersBooleansAndDatesAreTakenOnlyAsTheyAre() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("title", 12345);
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("title"));
        bid = Fixtures.baberghBid(round);
        bid.put("dated", "+999999999-12-31");
        babergh().tryToDraft(bid)
                .statusCode(400).body("violations[0].field", equalTo("dated"),
                        "violations[0].message", containsString("1000 to 9999"));
        assertNoBids(round);
    }

    @Test
    void aMisspeltContentFieldIsRefusedNotDropped() {
        // the content's fields sit beside the bid's own in the body: one that is neither is still an unknown field
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("costLine", bid.remove("costLines"));
        babergh().tryToDraft(bid)
                .statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:tca:problem:unknown-field"),
                        "violations[0].field", equalTo("costLine"));
        assertNoBids(round);
    }

    @Test
    void aContentFieldIsNamedAsTheBodyHasIt() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("costLines", List.of(Map.of("activity", "", "amount", Fixtures.money(1000, "£1,000"))));
        babergh().tryToDraft(bid)
                .statusCode(400).contentType(PROBLEM).body("violations.field", contains("costLines[0].activity"));
        manager().records("GB-LAE-BAB", "2013-07-12T12:00:00Z", bid)
                .statusCode(400).body("violations.field", contains("bid.costLines[0].activity"));
        assertNoBids(round);
    }

    @Test
    void aNulInAPathIsRefusedNotSentToTheDatabase() {
        // raw on purpose: URL encoding off, so the path carries a literal %00 that no step would send
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.babergh()).get("/bids/bid-%00").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("id"), "violations[0].message", containsString("U+0000"));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        babergh().tryToDraft(big)
                .statusCode(413).contentType(PROBLEM).body("type", equalTo("urn:tca:problem:too-large"));
    }

    private static void assertNoBids(String round) {
        org.assertj.core.api.Assertions.assertThat(bidsOfRound(round)).isZero();
    }
}
