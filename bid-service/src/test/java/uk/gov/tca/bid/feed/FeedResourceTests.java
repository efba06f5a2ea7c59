package uk.gov.tca.bid.feed;

import static uk.gov.tca.bid.testing.Actor.assessor;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class FeedResourceTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFeedIsReadInOrderFromACursor() {
        String round = Fixtures.openRound();
        String first = babergh().drafts(Fixtures.baberghBid(round));
        String second = babergh().drafts(Fixtures.baberghBid(round));
        String cursor = integrator().readsTheFeed()
                .statusCode(200).extract().path("next");

        Fixtures.partnersConfirm(first);
        Fixtures.partnersConfirm(second);
        babergh().submits(first).statusCode(200);
        babergh().submits(second).statusCode(200);

        String next = integrator().readsTheFeedAfter(cursor, 1).statusCode(200)
                .body("events", hasSize(1), "events[0].specversion", equalTo("1.0"),
                        "events[0].type", equalTo("uk.gov.tca.bid.submitted"), "events[0].subject", equalTo(first),
                        "events[0].source", equalTo("/bid-service"), "events[0].data.bidId", equalTo(first),
                        "events[0].data.leadOrganisationId", equalTo("GB-LAE-BAB"))
                .extract().path("next");
        integrator().readsTheFeedAfter(next)
                .body("events", hasSize(1), "events[0].subject", equalTo(second));
    }

    @Test
    void eachEventNamesItsSchemaAndCarriesWhatItDeclares() {
        String round = Fixtures.openRound();
        String id = babergh().drafts(Fixtures.baberghBid(round));
        String cursor = integrator().readsTheFeed()
                .extract().path("next");
        Fixtures.partnersConfirm(id);
        String version = babergh().submits(id).statusCode(200)
                .extract().header("ETag");
        babergh().withdraws(id, "merged with another").statusCode(200);
        integrator().readsTheFeedAfter(cursor).statusCode(200)
                .body("events.type", contains("uk.gov.tca.bid.submitted", "uk.gov.tca.bid.withdrawn"),
                        "events.dataschema", contains("urn:tca:schema:bid-service:BidSubmitted",
                                "urn:tca:schema:bid-service:BidWithdrawn"),
                        "events[0].data.keySet()", containsInAnyOrder("bidId", "roundId", "status", "title",
                                "leadOrganisationId", "organisations", "amountSought", "version", "submittedAt"),
                        "events[0].data.version", equalTo(Integer.parseInt(version.replace("\"", ""))),
                        "events[0].data.organisations", contains("GB-LAE-BAB", "GB-LAE-MSU"),
                        "events[1].data.status", equalTo("WITHDRAWN"),
                        "events[1].data.reason", equalTo("merged with another"));
    }

    @Test
    void draftsAreNotOnTheFeed() {
        String cursor = integrator().readsTheFeed()
                .extract().path("next");
        babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        integrator().readsTheFeedAfter(cursor)
                .body("events", hasSize(0), "next", equalTo(cursor));
    }

    @Test
    void biddersAndAssessorsDoNotReadTheFeed() {
        babergh().triesToReadTheFeed().statusCode(403);
        assessor().triesToReadTheFeed().statusCode(403);
        // no token at all: there is no actor to send it
        given().get("/feed").then().statusCode(401);
    }

    /**
     * The cursor follows commit visibility, not the order ids were taken: an event whose transaction is still open
     * holds back every event after it, and is served first once it commits, so no reader ever passes it.
     */
    @Test
    void anEventWhoseTransactionCommitsLateIsNeverSkipped() throws Exception {
        String round = Fixtures.openRound();
        String id = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(id);
        String cursor = integrator().readsTheFeed()
                .extract().path("next");
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (var insert = late.prepareStatement("INSERT INTO outbox_event (event_id, type, subject, time, data) "
                    + "VALUES (gen_random_uuid(), 'uk.gov.tca.bid.returned', 'committed-late', now(), "
                    + "'{\"bidId\": \"committed-late\", \"reason\": \"a late commit\"}')")) {
                insert.executeUpdate();
            }
            // a later change commits while the first is still open
            babergh().submits(id).statusCode(200);
            integrator().readsTheFeedAfter(cursor).statusCode(200)
                    .body("events", hasSize(0), "next", equalTo(cursor));
            late.commit();
        }
        integrator().readsTheFeedAfter(cursor).statusCode(200)
                .body("events.subject", contains("committed-late", id));
    }

    @Test
    void aCursorIsOpaqueAndAnOldNumericOneReadsOnAsBefore() {
        String next = integrator().readsTheFeed(1).statusCode(200)
                .extract().path("next");
        assertThat(next).matches("[0-9]+\\.[0-9]+");
        // before positions carried their transaction, a cursor was the event's number: it reads from the start of
        // the events written since (all of them here)
        integrator().readsTheFeedAfter("0", 500)
                .statusCode(200).body("events.size()", org.hamcrest.Matchers.greaterThan(0));
        integrator().readsTheFeedAfter("1.2.3").statusCode(400)
                .body("violations[0].field", equalTo("after"));
        integrator().readsTheFeedAfter("99999999999999999999.1")
                .statusCode(400);
    }

    @Test
    void aBadCursorIsAProblem() {
        integrator().readsTheFeedAfter("abc").statusCode(400)
                .body("violations[0].field", equalTo("after"));
        integrator().readsTheFeed(0).statusCode(400)
                .body("violations[0].field", equalTo("limit"));
    }

    /**
     * A reader learns where the feed ends from every page, and a cursor this feed never gave out (another
     * environment's, a restored database's) is refused naming the head, instead of an empty page forever.
     */
    @Test
    void everyPageNamesTheHeadAndACursorBeyondItIsAProblemNamingIt() {
        String round = Fixtures.openRound();
        String bid = babergh().drafts(Fixtures.baberghBid(round));
        Fixtures.partnersConfirm(bid);
        babergh().submits(bid).statusCode(200);
        String cursor = "";
        String head = null;
        for (int pages = 0; pages < 1000; pages++) {
            var page = integrator().readsTheFeedAfter(cursor, 500).statusCode(200).extract();
            head = page.header("Feed-Head");
            cursor = page.path("next");
            if (page.jsonPath().getList("events").isEmpty()) {
                break;
            }
        }
        assertThat(head).as("the head is the next of the last page").isEqualTo(cursor);
        // the head is the cursor of the newest event: the submission just made
        integrator().readsTheFeedAfter("", 500).statusCode(200);
        // a cursor past it: the test knows the cursor's form ("<tx>.<id>"); a client never needs to
        long tx = Long.parseLong(head.substring(0, head.indexOf('.')));
        integrator().readsTheFeedAfter((tx + 1_000_000) + ".1").statusCode(400)
                .body("violations[0].field", equalTo("after"),
                        "violations[0].message", org.hamcrest.Matchers.containsString("beyond the head of this feed, " + head));
        // and the head itself reads as up to date: an empty page, the head again
        integrator().readsTheFeedAfter(head).statusCode(200)
                .header("Feed-Head", head).body("events", hasSize(0), "next", equalTo(head));
    }
}
