package uk.gov.tca.bid.disclosure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * A system that saw a bid submitted must be able to reconcile its withdrawal: the bid stays readable to it, with
 * status WITHDRAWN and its history from submission on. A bid withdrawn as a draft was never public, and stays so.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class WithdrawnBidTests {

    @Test
    void aBidWithdrawnAfterSubmissionStaysReadableToIntegratorsWithItsPublicHistory() {
        String round = Fixtures.openRound();
        String bid = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200);
        babergh().withdraws(bid, "Partners could not agree the match funding").statusCode(200);

        integrator().reads(bid).statusCode(200).body("status", equalTo("WITHDRAWN"), "id", equalTo(bid));
        integrator().searchesRound(round, "status", "WITHDRAWN").statusCode(200).body("items.id", contains(bid));
        integrator().readsTheHistoryOf(bid).statusCode(200)
                .body("items.action", contains("BID_SUBMITTED", "BID_WITHDRAWN"),
                        "items[1].after.status", equalTo("WITHDRAWN"),
                        "items[0].before", equalTo(null));
    }

    @Test
    void aBidWithdrawnAsADraftWasNeverPublicAndStaysUnknown() {
        String round = Fixtures.openRound();
        String bid = babergh().drafts(Fixtures.baberghBid(round));
        babergh().withdraws(bid, "We will bid next year").statusCode(200);

        integrator().reads(bid).statusCode(404);
        integrator().readsTheHistoryOf(bid).statusCode(404);
        integrator().searchesRound(round, "status", "WITHDRAWN").statusCode(200).body("items.id", not(hasItem(bid)));
        babergh().reads(bid).statusCode(200).body("status", equalTo("WITHDRAWN"));
    }
}
