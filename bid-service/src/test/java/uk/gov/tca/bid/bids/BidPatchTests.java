package uk.gov.tca.bid.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.cheshireWest;
import static uk.gov.tca.bid.testing.Actor.midSuffolk;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * PATCH /bids/{id} with a JSON Merge Patch (RFC 7396): the council changes what it sends and nothing else, where a
 * PUT would replace the whole draft; the bid the patch makes is held to every rule a PUT is.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class BidPatchTests {

    private static String draft() {
        return babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
    }

    private static String etagOf(String bid) {
        return babergh().reads(bid).statusCode(200).extract().header("ETag");
    }

    @Test
    void aPatchChangesWhatItSendsAndKeepsEverythingElse() {
        String bid = draft();
        String etag = etagOf(bid);
        Map<String, Object> amount = Map.of("amount", 170000, "asWritten", "£170,000");
        String next = babergh().patches(bid, etag, Map.of("title", "Babergh and Mid Suffolk: one workforce",
                        "amountSought", amount)).log().ifValidationFails()
                .statusCode(200)
                .body("title", equalTo("Babergh and Mid Suffolk: one workforce"),
                        "amountSought.amount", equalTo(170000),
                        // an object merges into the one it names: what the patch left out of it is kept
                        "amountSought.asWritten", equalTo("£170,000"),
                        "costLines", hasSize(2), "participants", hasSize(2),
                        "narrative.what-will-change", equalTo("One integrated workforce serving both councils"),
                        "awardType", equalTo("AUTHORITY_AWARD"))
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        babergh().readsTheHistoryOf(bid).statusCode(200).body("items.action", hasItem("BID_UPDATED"));
    }

    @Test
    void nullRemovesAFieldAndAListIsReplacedWhole() {
        String bid = draft();
        babergh().patches(bid, etagOf(bid), json("""
                {"awardType": null, "narrative": {"what-will-change": null},
                 "costLines": [{"activity": "Transformational enquiries", "period": {"financialYear": "2013/14"},
                   "amount": {"amount": 81900, "asWritten": "£81,900"}, "fundedBy": "AWARD"}]}"""))
                .statusCode(200)
                .body("awardType", equalTo(null), "narrative.size()", equalTo(0), "costLines", hasSize(1),
                        "costLines[0].activity", equalTo("Transformational enquiries"), "participants", hasSize(2));
    }

    @Test
    void aPatchThatMakesABidAPutWouldRefuseIsRefusedNamingTheFieldAndChangesNothing() {
        String bid = draft();
        String etag = etagOf(bid);
        babergh().patches(bid, etag, json("{\"title\": null}")).statusCode(400)
                .body("violations.field", hasItem("title"));
        babergh().patches(bid, etag, Map.of("title", "x".repeat(501))).statusCode(400)
                .body("violations.field", hasItem("title"));
        babergh().patches(bid, etag, Map.of("amountSought", Map.of("amount", -5))).statusCode(400)
                .body("violations.field", hasItem(org.hamcrest.Matchers.startsWith("amountSought")));
        babergh().patches(bid, etag, Map.of("status", "SUBMITTED")).statusCode(400)
                .body("violations.field", hasItem("status"));
        babergh().patches(bid, etag, json("[{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"x\"}]")).statusCode(400)
                .body("violations.field", hasItem("body"));
        babergh().patches(bid, etag, "{\"title\": ").statusCode(400);
        babergh().reads(bid).statusCode(200).header("ETag", etag)
                .body("title", equalTo(Fixtures.baberghBid("any").get("title")));
    }

    @Test
    void aPatchNamesTheVersionItWasMadeFrom() {
        String bid = draft();
        String etag = etagOf(bid);
        babergh().patches(bid, null, Map.of("title", "No version")).statusCode(428);
        babergh().patches(bid, etag, Map.of("title", "First")).statusCode(200);
        babergh().patches(bid, etag, Map.of("title", "Second, from the version before")).statusCode(412);
        babergh().reads(bid).statusCode(200).body("title", equalTo("First"));
    }

    @Test
    void onlyTheLeadsBiddersPatchItAndOthersLearnNothing() {
        String bid = draft();
        String etag = etagOf(bid);
        midSuffolk().patches(bid, etag, Map.of("title", "Mid Suffolk's")).statusCode(anyOf(equalTo(403), equalTo(404)));
        cheshireWest().patches(bid, etag, Map.of("title", "Cheshire's")).statusCode(404);
        babergh().patches("no-such-bid", etag, Map.of("title", "x")).statusCode(404);
        babergh().reads(bid).statusCode(200).header("ETag", etag);
    }

    @Test
    void aSubmittedBidIsNotPatched() {
        String bid = draft();
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200);
        babergh().patches(bid, etagOf(bid), Map.of("title", "After submission")).statusCode(409);
    }

    @Test
    void aPatchIsSentAsAMergePatch() {
        String bid = draft();
        babergh().request().header("If-Match", etagOf(bid)).contentType("application/json-patch+json")
                .body("[]").patch("/bids/{id}", bid).then().statusCode(415);
    }

    private static Object json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
