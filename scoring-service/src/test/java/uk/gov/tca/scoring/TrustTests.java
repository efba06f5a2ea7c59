package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.scoring.testing.Actor.manager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.platform.testing.EmptyDatabase;
import uk.gov.tca.scoring.assignment.AccessRevocations;
import uk.gov.tca.scoring.intake.FeedConsumer;
import uk.gov.tca.scoring.assignment.RegisterFeedConsumer;
import uk.gov.tca.scoring.testing.Actor;
import uk.gov.tca.scoring.testing.Schemes;
import uk.gov.tca.scoring.testing.Tokens;

/**
 * Conflicts of interest that cannot be bypassed, and an intake that heals: the employer is the token's; a secondment,
 * an interest, a relation in the register or an organisation added to a bid ends the assignments it conflicts; an
 * assessment submitted before the conflict came to light stops counting; access is taken away even when the
 * bid-service cannot be told at once; and a round reconciled with the bid-service takes in what the feed missed.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbourhood.class)
class TrustTests {

    private static final Actor MANAGER = manager();

    @Inject
    FeedConsumer feed;

    @Inject
    RegisterFeedConsumer register;

    @Inject
    AccessRevocations revocations;

    @Inject
    AgroalDataSource dataSource;

    private String bidCursor = "0";
    private String registerCursor = "0";
    private int position;

    @BeforeEach
    void anEmptyServiceWhoseRoundHasAScheme() {
        EmptyDatabase.empty(dataSource);
        Neighbourhood.reset();
        Map<String, Object> scheme = Schemes.forRound("rt");
        scheme.put("assessorsPerBid", 1);
        MANAGER.schemed(scheme);
    }

    /** The bid-service's feed tells these events next, and this service reads them. */
    private void deliver(String... events) {
        String next = "0." + (++position);
        Neighbourhood.bidFeed(bidCursor, next, events);
        bidCursor = next;
        feed.catchUp();
    }

    private void registerTells(String type, String data) {
        String next = "0." + (++position);
        Neighbourhood.registerFeed(registerCursor, next, type, data);
        registerCursor = next;
        register.catchUp();
    }

    /** A registered assessor of this employer. */
    private static Actor assessorOf(String name, String employer) {
        Actor assessor = Actor.assessorOf(name, employer);
        assessor.registers(Map.of("displayName", name)).statusCode(201);
        return assessor;
    }

    /** A bid of round rt naming these organisations, on the feed, assigned to a new assessor of this employer who accepts. */
    private record Live(Actor assessor, String assignment) {
    }

    private Live acceptedAssignment(String bidId, String organisations, String assessor, String employer) {
        deliver(Neighbourhood.submitted("e", bidId, organisations, 1));
        Actor actor = assessorOf(assessor, employer);
        String assignment = MANAGER.assigned(bidId, assessor);
        actor.accepts(assignment).statusCode(200);
        return new Live(actor, assignment);
    }

    private static List<Map<String, Object>> scores() {
        Map<String, Object> vfm = Schemes.score("value-for-money", 4, "Savings are shown year by year in the bid's own table");
        vfm.put("overrideReason", "The appraisal sees only the bid's own lines");
        return List.of(vfm, Schemes.score("collaboration", 3, "Two councils and a trust, one programme board"));
    }

    @Test
    void theEmployerIsTheTokensOrganisationAndNeverAField() {
        Actor officer = Actor.assessorOf("assessor.employer", "GB-LAE-MSU");
        officer.registers(Map.of("displayName", "Mid Suffolk officer", "employerOrganisationId", "TCA-DCLG"))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("employerOrganisationId"));
        officer.readsOwnProfile().statusCode(404);
        officer.registers(Map.of("displayName", "Mid Suffolk officer")).statusCode(201)
                .body("employerOrganisationId", equalTo("GB-LAE-MSU"));
        // an assessor whose token names no organisation cannot register: its conflicts could not be known
        Actor.withToken(Tokens.withoutOrganisation("assessor.nowhere", "assessor")).registers().statusCode(403);
        MANAGER.readsAssessor("assessor.nowhere").statusCode(404);
    }

    @Test
    void aSecondmentEndsTheAssignmentsItConflictsAndOnlyAManagerRecordsOne() {
        Live live = acceptedAssignment("sec1", "\"GB-LAE-BAB\"", "assessor.seconded", "TCA-DCLG");
        Map<String, Object> secondment = Map.of("organisationId", "GB-LAE-BAB", "from", LocalDate.now().minusDays(1).toString(),
                "until", LocalDate.now().plusMonths(3).toString(), "reason", "Seconded to Babergh's transformation team");
        live.assessor().recordsSecondment("assessor.seconded", secondment).statusCode(403);
        MANAGER.readsAssignment(live.assignment()).body("status", equalTo("ACCEPTED"));
        MANAGER.recordsSecondment("assessor.seconded", secondment).statusCode(201)
                .body("employerOrganisationId", equalTo("TCA-DCLG"), "secondments[0].organisationId", equalTo("GB-LAE-BAB"),
                        "secondments[0].recordedBy", equalTo("manager.dclg"));
        MANAGER.readsAssignment(live.assignment())
                .body("status", equalTo("REVOKED"), "reason", containsString("seconded to GB-LAE-BAB"));
        Neighbourhood.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/sec1/access-grants/assessor.seconded")));
        MANAGER.assigns("sec1", "assessor.seconded").statusCode(409);
        // a secondment that ended long ago conflicts nothing
        MANAGER.recordsSecondment("assessor.seconded", Map.of("organisationId", "GB-LAE-CHW",
                "from", "2020-01-01", "until", "2020-06-30", "reason", "Seconded to Cheshire West for a spring")).statusCode(201);
        deliver(Neighbourhood.submitted("e", "sec2", "\"GB-LAE-CHW\"", 1));
        MANAGER.assigned("sec2", "assessor.seconded");
    }

    @Test
    void anAssessorActingWithATokenOfAnotherOrganisationIsCheckedAsItsEmployee() {
        deliver(Neighbourhood.submitted("e", "emp1", "\"GB-LAE-CHR\"", 1));
        assessorOf("assessor.moving", "TCA-DCLG");
        String assignment = MANAGER.assigned("emp1", "assessor.moving");
        // the identity provider now says the assessor works for Cherwell, a participant
        Actor.assessorOf("assessor.moving", "GB-LAE-CHR").accepts(assignment).statusCode(409)
                .body("type", equalTo("urn:tca:problem:conflict-of-interest"));
        MANAGER.readsAssignment(assignment).body("status", equalTo("REVOKED"));
        MANAGER.readsAssessor("assessor.moving").body("employerOrganisationId", equalTo("GB-LAE-CHR"));
    }

    /** An employer learnt while the register is away is not kept: its conflicts could not be checked. */
    @Test
    void nothingIsKeptWhenTheConflictsOfANewEmployerCannotBeChecked() {
        deliver(Neighbourhood.submitted("e", "out1", "\"GB-LAE-BAB\"", 1));
        assessorOf("assessor.unchecked", "TCA-DCLG");
        String assignment = MANAGER.assigned("out1", "assessor.unchecked");
        Neighbourhood.partner.stubFor(get(urlPathEqualTo("/organisations/TEST-AWAY/related")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        Actor.assessorOf("assessor.unchecked", "TEST-AWAY").accepts(assignment).statusCode(503);
        MANAGER.readsAssessor("assessor.unchecked").body("employerOrganisationId", equalTo("TCA-DCLG"));
        MANAGER.readsAssignment(assignment).body("status", equalTo("OFFERED"));
    }

    @Test
    void anAssessmentSubmittedBeforeItsConflictCameToLightStopsCounting() {
        Live live = acceptedAssignment("exc1", "\"GB-LAE-BAB\"", "assessor.late", "TCA-DCLG");
        String assessment = live.assessor().drafted(live.assignment(), scores());
        live.assessor().submits(assessment).statusCode(200);
        MANAGER.ranking("rt").body("lines.bidId", hasItem("exc1"));

        live.assessor().declares(Map.of("type", "DISCLOSABLE_PECUNIARY", "organisationId", "GB-LAE-BAB",
                "nature", "I hold a contract to advise Babergh on its restructuring")).statusCode(201);
        MANAGER.readsAssessment(assessment)
                .body("status", equalTo("EXCLUDED"), "exclusionReason", containsString("GB-LAE-BAB"));
        MANAGER.ranking("rt").body("lines.bidId", not(hasItem("exc1")), "unscored", hasItem("exc1"));
        MANAGER.moderationOf("exc1").statusCode(200).body("scores.assessments", equalTo(0));
    }

    @Test
    void aRelationRecordedInTheRegisterEndsTheAssignmentsItConflicts() {
        Live live = acceptedAssignment("rel1", "\"GB-LAE-BAB\", \"TEST-TRUST\"", "assessor.agency", "TEST-AGENCY");
        Neighbourhood.related("TEST-AGENCY", "TEST-TRUST", "HOSTED_BY");
        registerTells("relation-recorded", "{\"fromId\": \"TEST-AGENCY\", \"toId\": \"TEST-TRUST\", \"type\": \"HOSTED_BY\"}");
        MANAGER.readsAssignment(live.assignment())
                .body("status", equalTo("REVOKED"), "reason", containsString("TEST-TRUST"));
        // its draft, had it one, could not be submitted: the assignment is over
        live.assessor().drafts(live.assignment(), scores()).statusCode(409);
    }

    @Test
    void anOrganisationAddedToABidInAssessmentEndsTheAssignmentsItConflicts() {
        Live live = acceptedAssignment("add1", "\"GB-LAE-BAB\"", "assessor.stockport", "GB-LAE-SKP");
        MANAGER.conflictsOn("add1").body("assessor", not(hasItem("assessor.stockport")));
        deliver(Neighbourhood.submitted("e", "add1", "\"GB-LAE-BAB\", \"GB-LAE-SKP\"", 2)
                .replace("uk.gov.tca.bid.submitted", "uk.gov.tca.bid.participants-changed"));
        MANAGER.readsAssignment(live.assignment()).body("status", equalTo("REVOKED"));
        // an older account of the bid, arriving late, does not undo what is known
        deliver(Neighbourhood.submitted("e", "add1", "\"GB-LAE-BAB\"", 1));
        MANAGER.conflictsOn("add1").body("assessor", hasItem("assessor.stockport"));
    }

    @Test
    void accessIsTakenAwayEvenWhenTheBidServiceCannotBeToldAtOnce() throws Exception {
        Live live = acceptedAssignment("rev1", "\"GB-LAE-BAB\"", "assessor.revoked", "TCA-DCLG");
        Neighbourhood.grants(503);
        live.assessor().declares(Map.of("type", "OTHER", "organisationId", "GB-LAE-BAB",
                "nature", "My brother leads Babergh's finance team")).statusCode(201);
        MANAGER.readsAssignment(live.assignment()).body("status", equalTo("REVOKED"));
        assertThat(pending("rev1")).as("the revocation waits to be delivered").isEqualTo(1);
        Neighbourhood.grants(204);
        revocations.deliverPending();
        assertThat(pending("rev1")).isZero();
        Neighbourhood.bid.verify(2, deleteRequestedFor(urlPathEqualTo("/bids/rev1/access-grants/assessor.revoked")));
    }

    @Test
    void aRoundReconciledWithTheBidServiceTakesInWhatTheFeedMissed() {
        Neighbourhood.bid.stubFor(get(urlPathEqualTo("/rounds/rr")).willReturn(Neighbourhood.json(
                "{\"id\": \"rr\", \"name\": \"Reconciled round\", \"funderOrganisationId\": \"TCA-DCLG\", "
                        + "\"budget\": 1000000}")));
        // a bid is assigned only in a round with a scheme, which says whose round it is
        MANAGER.schemed(Schemes.forRound("rr"));
        deliver(Neighbourhood.submittedIn("rr", "e", "rec1", "\"GB-LAE-BAB\"", 1),
                Neighbourhood.submittedIn("rr", "e", "rec2", "\"GB-LAE-BAB\"", 1),
                Neighbourhood.submittedIn("rr", "e", "rec4", "\"GB-LAE-BAB\"", 1));
        Neighbourhood.bidsOfRound("rr", Neighbourhood.bidView("rr", "rec1", "SUBMITTED", 1, "GB-LAE-BAB"),
                Neighbourhood.bidView("rr", "rec3", "IN_ASSESSMENT", 2, "GB-LAE-BAB", "GB-LAE-MSU"));
        Neighbourhood.bid.stubFor(get(urlPathEqualTo("/bids/rec2"))
                .willReturn(Neighbourhood.json(Neighbourhood.bidView("rr", "rec2", "WITHDRAWN", 3, "GB-LAE-BAB"))));
        Actor.assessor("assessor.x").reconciles("rr").statusCode(403);
        MANAGER.reconciles("rr").statusCode(200)
                .body("roundId", equalTo("rr"), "bidService.count", equalTo(2), "scoringBefore.count", equalTo(3),
                        "takenIn", contains("rec3"), "takenOut", contains("rec2"), "scoringAfter.count", equalTo(3),
                        // a bid the bid-service says it does not have is reported, never taken out on a 404
                        "unknownThere", contains("rec4"));
        MANAGER.conflictsOn("rec3").statusCode(200);
        assessorOf("assessor.reconciled", "TCA-DCLG");
        MANAGER.assigned("rec3", "assessor.reconciled");
        // a second reconciliation finds nothing to do
        MANAGER.reconciles("rr").statusCode(200)
                .body("takenIn", empty(), "takenOut", empty(), "updated", empty(), "unknownThere", contains("rec4"));
        MANAGER.reconciles("rt; DROP TABLE x").statusCode(400);
    }

    private long pending(String bidId) throws Exception {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "SELECT count(*) FROM access_revocation WHERE bid_id = ?")) {
            ps.setString(1, bidId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
