package uk.gov.tca.bid.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.cheshireWest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** A client that holds a copy of a bid asks whether it is still current and is told so without the body (304). */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ConditionalReadTests {

    @Test
    void aCurrentCopyIsNotSentAgainAndAChangedOneIs() {
        String round = Fixtures.openRound();
        String bid = babergh().drafts(Fixtures.baberghBid(round));
        String etag = babergh().reads(bid).statusCode(200).extract().header("ETag");

        var notModified = babergh().request().header("If-None-Match", etag).get("/bids/{id}", bid).then()
                .statusCode(304).header("ETag", etag).extract();
        assertThat(notModified.asString()).isEmpty();
        // a weak validator names the same version; a list of tags matches if one does
        babergh().request().header("If-None-Match", "W/" + etag).get("/bids/{id}", bid).then().statusCode(304);
        babergh().request().header("If-None-Match", "\"999\", " + etag).get("/bids/{id}", bid).then().statusCode(304);

        Map<String, Object> renamed = new java.util.HashMap<>(Fixtures.baberghBid(round));
        renamed.put("title", "A new title");
        babergh().changes(bid, etag, renamed).statusCode(200);
        babergh().request().header("If-None-Match", etag).get("/bids/{id}", bid).then()
                .statusCode(200).body("title", equalTo("A new title"));
    }

    /** A 304 is only for who may read the bid: to anyone else it is the 404 a read would be. */
    @Test
    void aCallerWhoCannotReadTheBidLearnsNothingFromIfNoneMatch() {
        String bid = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        String etag = babergh().reads(bid).statusCode(200).extract().header("ETag");
        cheshireWest().request().header("If-None-Match", etag).get("/bids/{id}", bid).then().statusCode(404);
        cheshireWest().request().header("If-None-Match", "*").get("/bids/{id}", bid).then().statusCode(404);
    }
}
