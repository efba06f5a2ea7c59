package uk.gov.tca.bid.register;

import static uk.gov.tca.bid.testing.Actor.babergh;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.bid.testing.Tokens;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** A draft saved while the partner-service was down catches up once it is back, with nothing lost. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ParticipantVerifierTests {

    private final ParticipantVerifier verifier;

    ParticipantVerifierTests(ParticipantVerifier verifier) {
        this.verifier = verifier;
    }

    @AfterEach
    void partnerServiceBack() {
        PartnerStub.up();
    }

    @Test
    void participantsSavedDuringAnOutageAreVerifiedWhenThePartnerServiceReturns() {
        PartnerStub.down();
        String id = Fixtures.createBid(Tokens.babergh(), Fixtures.baberghBid(Fixtures.openRound()));
        verifier.verifyPending();
        babergh().reads(id)
                .body("participants.verified", everyItem(equalTo(false)), "version", equalTo(0));

        PartnerStub.up();
        verifier.verifyPending();
        babergh().reads(id)
                .body("participants.verified", everyItem(equalTo(true)), "version", equalTo(1),
                        "title", equalTo(Fixtures.baberghBid("x").get("title")));
        babergh().readsTheHistoryOf(id)
                .body("items.action", contains("BID_CREATED", "PARTICIPANTS_VERIFIED"),
                        "items[1].actor", equalTo("bid-service:verifier"));
    }
}
