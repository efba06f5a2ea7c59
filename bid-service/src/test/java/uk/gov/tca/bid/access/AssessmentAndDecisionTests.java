package uk.gov.tca.bid.access;

import static uk.gov.tca.bid.testing.Actor.assessor;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.scoringService;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/** What the scoring-service does to a bid: grants assessors access, records the decision. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class AssessmentAndDecisionTests {

    private static String submittedBid() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200);
        return id;
    }

    /**
     * An operation with no body on success is still answered to a client that accepts only problem documents (what
     * a generated client sends for it), not refused 406.
     */
    @Test
    void grantingAndEndingAccessAnswerAClientThatAcceptsOnlyProblems() {
        String id = submittedBid();
        scoringService().request().accept("application/problem+json")
                .put("/bids/{id}/access-grants/{a}", id, "assessor.one").then().statusCode(204);
        scoringService().request().accept("application/problem+json")
                .delete("/bids/{id}/access-grants/{a}", id, "assessor.one").then().statusCode(204);
        scoringService().request().accept("application/problem+json")
                .put("/bids/{id}/access-grants/{a}", "no-such-bid", "assessor.one").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAssessorReadsABidOnlyWhileGrantedAccess() {
        String id = submittedBid();
        assessor("assessor.one").reads(id).statusCode(404);

        scoringService().grantsAccess(id, "assessor.one").statusCode(204);
        assessor("assessor.one").reads(id).statusCode(200)
                .body("status", equalTo("IN_ASSESSMENT"));
        assessor("assessor.two").reads(id).statusCode(404);
        manager().readsTheAccessGrantsOf(id)
                .body("assessor", contains("assessor.one"));

        scoringService().endsAccess(id, "assessor.one").statusCode(204);
        assessor("assessor.one").reads(id).statusCode(404);
    }

    @Test
    void onlyTheScoringServiceGrantsAccessAndDraftsAreNotAssessed() {
        String id = submittedBid();
        manager().grantsAccess(id, "assessor.one").statusCode(403);
        assessor("assessor.one").grantsAccess(id, "assessor.one").statusCode(403);
        String draft = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        scoringService().grantsAccess(draft, "assessor.one")
                .statusCode(409).body("detail", containsString("DRAFT"));
    }

    /** Access ends with assessment: a bid withdrawn while assessed leaves no assessor's access behind it. */
    @Test
    void aBidLeavingAssessmentTakesItsAssessorsAccessWithIt() {
        String id = submittedBid();
        scoringService().grantsAccess(id, "assessor.one").statusCode(204);
        babergh().withdraws(id, "Partners could not agree the match funding").statusCode(200);
        manager().readsTheAccessGrantsOf(id).body("size()", equalTo(0));
        // the scoring-service's own revocation, arriving afterwards, finds nothing left to take: still a success
        scoringService().endsAccess(id, "assessor.one").statusCode(204);
        scoringService().endsAccess("bid-none", "assessor.one").statusCode(404);
        // the services' own accounts read a bid wherever it stands, to keep their records in step
        scoringService().reads(id).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void theScoringServiceRecordsTheDecisionOnce() {
        String id = submittedBid();
        Map<String, Object> funded = Map.of("outcome", "FUNDED", "amountAwarded",
                Fixtures.money(166900, "£166,900"), "reason", "Ranked within the budget");
        manager().recordsDecision(id, funded).statusCode(403);
        scoringService().recordsDecision(id, funded).statusCode(200)
                .body("status", equalTo("DECIDED"), "decision.outcome", equalTo("FUNDED"),
                        "decision.amountAwarded.amount", equalTo(166900),
                        "decision.decidedBy", equalTo("service-account-scoring-service"));
        scoringService().recordsDecision(id, funded).statusCode(409);
        babergh().withdraws(id, "late").statusCode(409);
        integrator().readsTheFeed()
                .body("events.findAll { it.subject == '" + id + "' }.type",
                        contains("uk.gov.tca.bid.submitted", "uk.gov.tca.bid.decided"));
    }

    @Test
    void aFundedBidNeedsAnAmountAndAnUnfundedOneHasNone() {
        String id = submittedBid();
        scoringService().recordsDecision(id, Map.of("outcome", "FUNDED")).statusCode(400)
                .body("violations[0].field", equalTo("amountAwarded"));
        scoringService().recordsDecision(id, Map.of("outcome", "UNFUNDED", "amountAwarded", Fixtures.money(1, "£1")))
                .statusCode(400);
        scoringService().recordsDecision(id, Map.of("outcome", "RESERVE", "decidedBy", "someone")).statusCode(400)
                .body("violations[0].field", equalTo("decidedBy"));
        scoringService().recordsDecision(id, Map.of("outcome", "RESERVE")).statusCode(200)
                .body("decision.amountAwarded", nullValue());
    }

    @Test
    void contactsRedactedInTheBidAreHiddenFromOthers() {
        Map<String, Object> body = Fixtures.baberghBid(Fixtures.openRound());
        body.put("contacts", List.of(Map.of("organisationId", "GB-LAE-BAB", "name", "A. Officer",
                "jobTitle", "Head of Transformation", "email", "a.officer@example.invalid",
                "redacted", List.of("NAME", "EMAIL"))));
        String id = babergh().drafts(body);
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200)
                .body("contacts[0].name", equalTo("A. Officer"));
        integrator().reads(id).statusCode(200)
                .body("contacts[0].name", nullValue(), "contacts[0].email", nullValue(),
                        "contacts[0].jobTitle", equalTo("Head of Transformation"),
                        "contacts[0].redacted", hasItem("NAME"));
        manager().reads(id).body("contacts[0].name", equalTo("A. Officer"));
    }
}
