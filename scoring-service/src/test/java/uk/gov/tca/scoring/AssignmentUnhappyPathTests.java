package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.tca.scoring.testing.Actor.assessor;
import static uk.gov.tca.scoring.testing.Actor.manager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.platform.testing.EmptyDatabase;
import uk.gov.tca.scoring.intake.FeedConsumer;
import uk.gov.tca.scoring.testing.Actor;
import uk.gov.tca.scoring.testing.Schemes;

/**
 * What goes wrong around assignments: neighbours down, declining, someone else's assignment, a withdrawn bid. Each
 * test starts from the same place: round r2 has a scheme, two assessors are registered and bid x1 has arrived.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Outages.class)
class AssignmentUnhappyPathTests {

    private static final Actor MANAGER = manager();
    private static final Actor A1 = assessor("assessor.one");
    private static final Actor A2 = assessor("assessor.two");

    @Inject
    FeedConsumer feed;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void aBidHasArrivedInARoundWithTwoAssessors() {
        EmptyDatabase.empty(dataSource);
        Outages.reset();
        MANAGER.schemed(Schemes.forRound("r2"));
        A1.registered();
        A2.registered();
        assertThat(feed.catchUp()).isEqualTo(1);
    }

    private static void noAssignmentOfX1() {
        MANAGER.assignments("bid", "x1").body("items", empty(), "total", equalTo(0));
    }

    @Test
    void whenTheRegisterIsDownNothingIsAssigned() {
        Outages.partnerAnswers(false);
        MANAGER.assigns("x1", "assessor.one").statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30").body("detail", containsString("conflicts of interest"));
        noAssignmentOfX1();
    }

    @Test
    void whenTheBidServiceRefusesTheGrantNothingIsAssigned() {
        Outages.grants(503);
        MANAGER.assigns("x1", "assessor.one").statusCode(503).contentType("application/problem+json");
        noAssignmentOfX1();
    }

    /** A neighbour whose connections are cut is an outage (503 to retry), not our failure (500); nothing is kept. */
    @Test
    void whenTheBidServiceCannotBeReachedTheCallerIsToldToRetry() {
        Outages.bidServiceCutOff(true);
        try {
            MANAGER.assigns("x1", "assessor.one").statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503), "detail", containsString("cannot be reached"));
            MANAGER.ranking("r2").statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("instance", equalTo("/rankings/r2"));
        } finally {
            Outages.bidServiceCutOff(false);
        }
        noAssignmentOfX1();
        MANAGER.ranking("r2").statusCode(200).body("roundId", equalTo("r2"));
    }

    @Test
    void assignmentsAreAskedForProperly() {
        MANAGER.assigns("x1", "nobody.registered").statusCode(400);
        MANAGER.assigns("no-such-bid", "assessor.one").statusCode(404);
        MANAGER.tryToAssign(Map.of("bidId", "x1")).statusCode(400).body("violations[0].field", equalTo("assessor"));
        noAssignmentOfX1();
        MANAGER.assigns("x1", "assessor.one").statusCode(201);
        MANAGER.assigns("x1", "assessor.one").statusCode(409);
        MANAGER.assignments("bid", "x1").body("total", equalTo(1));
        A1.assignments("status", "LOST").statusCode(400);
    }

    @Test
    void anotherAssessorsAssignmentIsNotThereForYou() {
        String id = MANAGER.assigned("x1", "assessor.one");
        A2.readsAssignment(id).statusCode(404);
        A2.accepts(id).statusCode(404);
        A2.declines(id, Map.of("reason", "CAPACITY")).statusCode(404);
        A1.readsAssignment(id).body("status", equalTo("OFFERED"));
    }

    @Test
    void aDeclineSaysWhyWithinItsLimits() {
        String id = MANAGER.assigned("x1", "assessor.one");
        A1.declines(id, Map.of("reason", "CAPACITY", "note", "x".repeat(2001))).statusCode(400)
                .body("violations[0].field", containsString("note"));
        A1.declines(id, Map.of("reason", "TOO_BUSY")).statusCode(400);
        A1.readsAssignment(id).body("status", equalTo("OFFERED"));
    }

    @Test
    void decliningFreesTheSlotAndEndsAccess() {
        String id = MANAGER.assigned("x1", "assessor.one");
        A1.declines(id, Map.of("reason", "CAPACITY", "note", "Three other bids this week")).statusCode(200)
                .body("status", equalTo("DECLINED"), "reason", equalTo("CAPACITY: Three other bids this week"));
        Outages.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/x1/access-grants/assessor.one")));
        A1.accepts(id).statusCode(409);
        // the slot is free again; the one who declined is not asked again, so one of two is short
        MANAGER.autoAssigns("r2").statusCode(200).body("created.assessor", contains("assessor.two"),
                "shortfalls[0].missing", equalTo(1), "shortfalls[0].reason", containsString("1 already had it"));
    }

    @Test
    void aWithdrawnBidLeavesAssessmentAndItsAssessorsLoseAccess() {
        MANAGER.assigned("x1", "assessor.two");
        Outages.withdraw();
        assertThat(feed.catchUp()).isEqualTo(1);
        A2.assignments().body("items.status", contains("REVOKED"),
                "items[0].reason", equalTo("the bid was withdrawn by the bid-service"));
        Outages.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/x1/access-grants/assessor.two")));
        MANAGER.assigns("x1", "assessor.one").statusCode(409);
        MANAGER.autoAssigns("r2").statusCode(200).body("created", empty(), "shortfalls", empty());
    }

    /** An event that names no round is not taken as round "": the bid is read from the bid-service instead. */
    @Test
    void aSubmissionWhoseEventNamesNoRoundIsReadFromTheBidService() {
        Outages.submitWithoutRound();
        assertThat(feed.catchUp()).isEqualTo(1);
        Outages.bid.verify(getRequestedFor(urlPathEqualTo("/bids/x2")));
        MANAGER.ranking("r2").statusCode(200).body("unscored", containsInAnyOrder("x1", "x2"));
        MANAGER.autoAssigns("r2").statusCode(200).body("created.bidId", hasItem("x2"));
    }
}
