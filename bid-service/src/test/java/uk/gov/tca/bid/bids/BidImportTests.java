package uk.gov.tca.bid.bids;

import static uk.gov.tca.bid.testing.Actor.bidderOf;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** Bids the programme received by other means, recorded by a programme manager as submitted. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class BidImportTests {

    @AfterEach
    void partnerServiceBack() {
        PartnerStub.up();
    }

    /** Cherwell, South Northamptonshire and Stratford's bid (bid 4), figures as written. */
    private static Map<String, Object> cherwell(String round) {
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("title", "BID NAME: Organisational Change");
        bid.put("amountSought", Fixtures.money(366932, "AWARD SOUGHT: £366,932k"));
        bid.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-CHR", "nameAsWritten", "Cherwell District Council (CDC)",
                        "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-SNR", "nameAsWritten", "South Northamptonshire Council (SNC)",
                        "roles", List.of("CO_APPLICANT")),
                Map.of("organisationId", "GB-LAE-STR", "nameAsWritten", "Stratford upon Avon District Council (SDC)",
                        "roles", List.of("CO_APPLICANT"))));
        bid.put("costLines", List.of(
                Map.of("activity", "Total Costs", "period", Map.of("financialYear", "2013/14"),
                        "amount", Fixtures.money(183466, "2013/14 = £183,466"), "fundedBy", "AWARD"),
                Map.of("activity", "Total Costs", "period", Map.of("financialYear", "2014/15"),
                        "amount", Fixtures.money(183466, "2014/15 = £183,466"), "fundedBy", "AWARD")));
        bid.put("dated", "2013-07-12");
        return bid;
    }

    @Test
    void aManagerRecordsAPaperBidAsSubmittedWithItsWarnings() {
        String round = Fixtures.closedRound();
        String key = "import-cherwell-" + round;
        String id = manager().recordsOnce(key, "GB-LAE-CHR", "2013-07-12T12:00:00Z", cherwell(round))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"), "leadOrganisationId", equalTo("GB-LAE-CHR"),
                        "submittedAt", equalTo("2013-07-12T12:00:00Z"), "amountSought.amount", equalTo(366932),
                        "warnings.code", contains("THOUSANDS_SUFFIX_ON_FULL_AMOUNT"))
                .extract().path("id");
        bidderOf("bidder.cherwell", "GB-LAE-CHR").reads(id)
                .statusCode(200);
        manager().readsTheHistoryOf(id)
                .body("items.action", contains("BID_IMPORTED"), "items[0].actor", equalTo("manager.dclg"));
        integrator().readsTheFeed()
                .body("events.subject", hasItem(id));
        // a rerun with the same key records nothing twice
        manager().recordsOnce(key, "GB-LAE-CHR", "2013-07-12T12:00:00Z", cherwell(round))
                .statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        // and so does one that writes the same bid another way: fields in another order, empty lists sent or left out
        Map<String, Object> sameBid = new java.util.TreeMap<>(cherwell(round));
        sameBid.put("resolutions", List.of());
        sameBid.put("contacts", null);
        manager().recordsOnce(key, Map.of("submittedAt", "2013-07-12T12:00:00Z", "bid", sameBid,
                        "leadOrganisationId", "GB-LAE-CHR"))
                .statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        // but a different bid under the same key is refused
        Map<String, Object> other = cherwell(round);
        other.put("title", "Another bid");
        manager().recordsOnce(key, "GB-LAE-CHR", "2013-07-12T12:00:00Z", other)
                .statusCode(422)
                .body("type", equalTo("urn:tca:problem:idempotency-key-reused"));
    }

    @Test
    void onlyManagersRecordBidsAndOnlyWithinTheRound() {
        String round = Fixtures.closedRound();
        bidderOf("bidder.cherwell", "GB-LAE-CHR").records("GB-LAE-CHR", "2013-07-12T12:00:00Z", cherwell(round))
                .statusCode(403);
        manager().records("GB-LAE-CHR", "2013-08-01T00:00:00Z", cherwell(round))
                .statusCode(400).body("violations[0].field", equalTo("submittedAt"));
    }

    @Test
    void aBidCannotBeRecordedWhileTheRegisterCannotVouchForItsParticipants() {
        String round = Fixtures.closedRound();
        PartnerStub.down();
        manager().records("GB-LAE-CHR", "2013-07-12T12:00:00Z", cherwell(round))
                .statusCode(422)
                .body("violations[0].field", equalTo("bid.participants[0].organisationId"));
        manager().searches("round", round).body("total", equalTo(0));
    }
}
