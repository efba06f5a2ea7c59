package uk.gov.tca.bid.bids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** An integrator keeps its copy of the bids in step by asking for what changed since it last asked. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class BidSyncTests {

    @Test
    void whatChangedSinceIsListedOldestChangeFirstAndTheLastChangeIsWhereTheNextSyncStarts() {
        String round = Fixtures.openRound();
        String since = Instant.now().toString();
        String first = submitted(round);
        String second = submitted(round);

        var page = integrator().request().queryParam("round", round).queryParam("updatedSince", since)
                .get("/bids").then().statusCode(200).body("items.id", contains(first, second), "total", equalTo(2))
                .extract();
        String last = page.path("items[1].updatedAt");

        // the first bid changes; a sync from the last change sees it, after the one it already had at that instant
        babergh().withdraws(first, "Partners could not agree the match funding").statusCode(200);
        List<String> changed = integrator().request().queryParam("round", round).queryParam("updatedSince", last)
                .get("/bids").then().statusCode(200).extract().path("items.id");
        assertThat(changed).containsExactly(second, first);
    }

    @Test
    void aTimeThatIsNotOneIsAProblemNamingTheParameter() {
        for (String bad : List.of("yesterday", "2014-07-01", "2014-07-01T00:00:00", "+10000-01-01T00:00:00Z")) {
            integrator().request().queryParam("updatedSince", bad).get("/bids").then().statusCode(400)
                    .body("violations[0].field", equalTo("updatedSince"));
        }
    }

    private static String submitted(String round) {
        String bid = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200);
        return bid;
    }
}
