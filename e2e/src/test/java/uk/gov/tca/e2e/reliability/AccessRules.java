package uk.gov.tca.e2e.reliability;

import static uk.gov.tca.e2e.reliability.ApiOperations.Service.BID;
import static uk.gov.tca.e2e.reliability.ApiOperations.Service.PARTNER;
import static uk.gov.tca.e2e.reliability.ApiOperations.Service.SCORING;
import static uk.gov.tca.e2e.reliability.Caller.ASSESSOR_ASSIGNED;
import static uk.gov.tca.e2e.reliability.Caller.ASSESSOR_CONFLICTED;
import static uk.gov.tca.e2e.reliability.Caller.ASSESSOR_UNASSIGNED;
import static uk.gov.tca.e2e.reliability.Caller.BIDDER_OTHER;
import static uk.gov.tca.e2e.reliability.Caller.BIDDER_OWN;
import static uk.gov.tca.e2e.reliability.Caller.FUNDER_OTHER;
import static uk.gov.tca.e2e.reliability.Caller.INTEGRATOR;
import static uk.gov.tca.e2e.reliability.Caller.MANAGER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.tca.e2e.Rounds;

/**
 * The security model of design.md, operation by operation: who gets what. A new operation in any service's
 * spec without a rule here fails {@link AuthorizationMatrixTests#everyOperationOfEveryServiceHasARule()}.
 */
final class AccessRules {

    private static final Caller[] SIGNED_IN = {BIDDER_OWN, BIDDER_OTHER, ASSESSOR_ASSIGNED, ASSESSOR_UNASSIGNED,
        ASSESSOR_CONFLICTED, MANAGER, FUNDER_OTHER, INTEGRATOR};
    private static final Caller[] ASSESSORS = {ASSESSOR_ASSIGNED, ASSESSOR_UNASSIGNED, ASSESSOR_CONFLICTED};
    private static final Caller[] NOT_ON_THE_BID = {ASSESSOR_UNASSIGNED, ASSESSOR_CONFLICTED};

    private AccessRules() {
    }

    static List<AccessRule> all() {
        return List.of(
                // partner-service: the register is public to every signed-in caller; only managers change it
                AccessRule.of(PARTNER, "GET /organisations").at(f -> "/organisations?q=babergh").answers(200, SIGNED_IN),
                AccessRule.of(PARTNER, "GET /organisations/{id}").at(f -> "/organisations/GB-LAE-BAB").answers(200, SIGNED_IN),
                AccessRule.of(PARTNER, "GET /organisations/{id}/related").at(f -> "/organisations/GB-LAE-BAB/related")
                        .answers(200, SIGNED_IN),
                AccessRule.of(PARTNER, "GET /organisations/{id}/relations").at(f -> "/organisations/" + f.organisation + "/relations")
                        .answers(200, SIGNED_IN),
                AccessRule.of(PARTNER, "GET /organisations/{id}/history").at(f -> "/organisations/" + f.organisation + "/history")
                        .answers(200, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "POST /organisations/resolve")
                        .body(f -> Map.of("names", List.of("Babergh DC"))).answers(200, SIGNED_IN).readsOnly(),
                AccessRule.of(PARTNER, "POST /organisations")
                        .body(f -> Map.of("id", "TEST-AUTHZ-NEW-" + f.tag.toUpperCase(), "legalName", "New Council " + f.tag,
                                "type", "DISTRICT")).answers(201, MANAGER).notTriedByOtherFunder(),
                // an organisation the register lacks is proposed by whoever must name it; the register's keepers
                // (any funder's managers) confirm or merge proposals: the fixture's organisation is no proposal (409)
                AccessRule.of(PARTNER, "POST /organisations/proposals")
                        .body(f -> Map.of("legalName", "Proposed in the matrix " + f.tag, "type", "VOLUNTARY_COMMUNITY"))
                        .answers(201, BIDDER_OWN, BIDDER_OTHER, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "POST /organisations/{id}/confirmation")
                        .at(f -> "/organisations/" + f.organisation + "/confirmation").answers(409, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "POST /organisations/{id}/merger").at(f -> "/organisations/" + f.organisation + "/merger")
                        .body(f -> Map.of("into", "GB-LAE-BAB")).answers(409, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "PUT /organisations/{id}").at(f -> "/organisations/" + f.organisation)
                        .body(f -> f.organisationBody).staleVersion().answers(412, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "PATCH /organisations/{id}").at(f -> "/organisations/" + f.organisation)
                        .body(f -> Map.of("region", "East of England"))
                        .header("Content-Type", "application/merge-patch+json").staleVersion()
                        .answers(412, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "POST /organisations/{id}/relations").at(f -> "/organisations/" + f.organisation + "/relations")
                        .body(f -> Map.of("toId", "GB-LAE-MSU", "type", "STRATEGIC_ALLIANCE")).answers(201, MANAGER)
                        .notTriedByOtherFunder(),
                AccessRule.of(PARTNER, "DELETE /organisations/{id}/relations/{relationId}")
                        .at(f -> "/organisations/" + f.organisation + "/relations/" + f.relationToDelete).answers(204, MANAGER)
                        .notTriedByOtherFunder(),
                AccessRule.of(PARTNER, "GET /collaborations").answers(200, SIGNED_IN),
                AccessRule.of(PARTNER, "GET /collaborations/{id}").at(f -> "/collaborations/" + f.collaboration)
                        .answers(200, SIGNED_IN),
                AccessRule.of(PARTNER, "GET /collaborations/{id}/history").at(f -> "/collaborations/" + f.collaboration + "/history")
                        .answers(200, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "POST /collaborations")
                        .body(f -> Map.of("name", "Another partnership " + f.tag,
                                "members", List.of(Map.of("organisationId", f.organisation)))).answers(201, MANAGER)
                        .notTriedByOtherFunder(),
                AccessRule.of(PARTNER, "PUT /collaborations/{id}").at(f -> "/collaborations/" + f.collaboration)
                        .body(f -> f.collaborationBody).staleVersion().answers(412, MANAGER, FUNDER_OTHER),
                AccessRule.of(PARTNER, "PATCH /collaborations/{id}").at(f -> "/collaborations/" + f.collaboration)
                        .body(f -> Map.of("description", "Patched in the matrix"))
                        .header("Content-Type", "application/merge-patch+json").staleVersion()
                        .answers(412, MANAGER, FUNDER_OTHER),
                // the register's change feed: for the services whose rules follow its links, and integrators
                // (through the gateway /api/feed is the bid-service's feed of public changes, naming public bids)
                AccessRule.of(PARTNER, "GET /feed").answers(200, MANAGER, FUNDER_OTHER, INTEGRATOR).mentionsTheBid(),

                // bid-service: rounds are public to the signed in; managers run them
                AccessRule.of(BID, "GET /rounds").answers(200, SIGNED_IN),
                AccessRule.of(BID, "GET /rounds/{id}").at(f -> "/rounds/" + f.round).answers(200, SIGNED_IN)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(BID, "POST /rounds").body(f -> Map.of("id", "authz-new-" + f.tag, "programme", "TCA",
                        "name", "New round " + f.tag, "opensAt", "2027-01-01T00:00:00Z", "closesAt", "2027-03-01T00:00:00Z",
                        "budget", 1000, "awardTypes", List.of(Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award")),
                        "eligibleYears", List.of("2027/28"), "prompts", List.of())).answers(201, MANAGER)
                        .notTriedByOtherFunder(),
                AccessRule.of(BID, "PUT /rounds/{id}").at(f -> "/rounds/" + f.roundWithoutScheme)
                        .body(f -> Map.of("programme", "TCA", "name", "Renamed", "opensAt", "2027-01-01T00:00:00Z",
                                "closesAt", "2027-03-01T00:00:00Z", "budget", 1000,
                                "awardTypes", List.of(Map.of("code", "AUTHORITY_AWARD", "name", "Authority Award")),
                                "eligibleYears", List.of("2027/28"), "prompts", List.of()))
                        .staleVersion().answers(412, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(BID, "PATCH /rounds/{id}").at(f -> "/rounds/" + f.roundWithoutScheme)
                        .body(f -> Map.of("name", "Renamed by a patch"))
                        .header("Content-Type", "application/merge-patch+json").staleVersion().answers(412, MANAGER)
                        .hidden(FUNDER_OTHER),

                // bids: a council's own; assessors only what they are assigned; integrators what is public
                AccessRule.of(BID, "GET /bids").at(f -> "/bids?round=" + f.round).answers(200, SIGNED_IN),
                AccessRule.of(BID, "GET /bids/{id}").at(f -> "/bids/" + f.submitted)
                        .answers(200, BIDDER_OWN, ASSESSOR_ASSIGNED, MANAGER, INTEGRATOR).hidden(BIDDER_OTHER).hidden(NOT_ON_THE_BID)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(BID, "GET /bids/{id}").at(f -> "/bids/" + f.draft)
                        .answers(200, BIDDER_OWN, MANAGER).hidden(BIDDER_OTHER, INTEGRATOR).hidden(ASSESSORS).hidden(FUNDER_OTHER),
                AccessRule.of(BID, "GET /bids/{id}/appraisal").at(f -> "/bids/" + f.submitted + "/appraisal")
                        .answers(200, BIDDER_OWN, ASSESSOR_ASSIGNED, MANAGER, INTEGRATOR).hidden(BIDDER_OTHER).hidden(NOT_ON_THE_BID)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(BID, "GET /bids/{id}/history").at(f -> "/bids/" + f.submitted + "/history")
                        .answers(200, BIDDER_OWN, ASSESSOR_ASSIGNED, MANAGER, INTEGRATOR).hidden(BIDDER_OTHER).hidden(NOT_ON_THE_BID)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(BID, "GET /bids/{id}/access-grants").at(f -> "/bids/" + f.submitted + "/access-grants")
                        .answers(200, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(BID, "PUT /bids/{id}/access-grants/{assessor}")
                        .at(f -> "/bids/" + f.submitted + "/access-grants/assessor2.dclg"),
                AccessRule.of(BID, "DELETE /bids/{id}/access-grants/{assessor}")
                        .at(f -> "/bids/" + f.submitted + "/access-grants/assessor.dclg"),
                // the fixture's round sets no approval routes: its decisions are the scoring-service's publication,
                // so its own manager is refused (403) and another funder's is not shown the bid at all
                AccessRule.of(BID, "POST /bids/{id}/decision").at(f -> "/bids/" + f.submitted + "/decision")
                        .body(f -> Map.of("outcome", "FUNDED")).hidden(FUNDER_OTHER),
                // reporting a delegated decision is the funder's managers': the fixture's bid is not decided (409)
                AccessRule.of(BID, "POST /bids/{id}/decision/report").at(f -> "/bids/" + f.submitted + "/decision/report")
                        .body(f -> Map.of("reportedOn", "2015-10-08")).answers(409, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(BID, "POST /bids")
                        .body(f -> Rounds.bid(f.round, "Babergh: created in the matrix", List.of(
                                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))))
                        // another council is told, field by field, that it may only lead its own bids
                        .answers(201, BIDDER_OWN).answers(400, BIDDER_OTHER),
                AccessRule.of(BID, "POST /bids/imports")
                        .body(f -> Map.of("leadOrganisationId", "GB-LAE-BAB", "bid", Rounds.bid(f.round, "Babergh: imported in the matrix", List.of(
                                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))),
                                "submittedAt", java.time.Instant.now().toString()))
                        // another funder's round is, to its manager, one that does not exist
                        .answers(201, MANAGER).answers(400, FUNDER_OTHER),
                AccessRule.of(BID, "PUT /bids/{id}").at(f -> "/bids/" + f.draft)
                        .body(f -> Rounds.bid(f.round, "Babergh: draft, changed", List.of(
                                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))))
                        .staleVersion().answers(412, BIDDER_OWN).hidden(BIDDER_OTHER),
                AccessRule.of(BID, "PATCH /bids/{id}").at(f -> "/bids/" + f.draft)
                        .body(f -> Map.of("title", "Babergh: draft, patched"))
                        .header("Content-Type", "application/merge-patch+json")
                        .staleVersion().answers(412, BIDDER_OWN).hidden(BIDDER_OTHER),
                AccessRule.of(BID, "POST /bids/{id}/submission").at(f -> "/bids/" + f.toSubmit + "/submission")
                        .answers(200, BIDDER_OWN).hidden(BIDDER_OTHER),
                AccessRule.of(BID, "POST /bids/{id}/withdrawal").at(f -> "/bids/" + f.toWithdraw + "/withdrawal")
                        .body(f -> Map.of("reason", "Partners could not agree the match funding"))
                        .answers(200, BIDDER_OWN).hidden(BIDDER_OTHER),
                AccessRule.of(BID, "POST /bids/{id}/return").at(f -> "/bids/" + f.toReturn + "/return")
                        .body(f -> Map.of("reason", "The accountable body's resolution is missing")).answers(200, MANAGER)
                        .hidden(FUNDER_OTHER),
                // the feed is of public changes, as integrators read it
                AccessRule.of(BID, "GET /feed").answers(200, MANAGER, FUNDER_OTHER, INTEGRATOR).mentionsTheBid(),
                // a named organisation answers for itself only: Mid Suffolk's bidders, none of the callers here
                AccessRule.of(BID, "POST /bids/{id}/participants/{organisationId}/confirmation")
                        .at(f -> "/bids/" + f.withPartner + "/participants/GB-LAE-MSU/confirmation").body(f -> Map.of())
                        .hidden(BIDDER_OTHER),
                AccessRule.of(BID, "POST /bids/{id}/participants/{organisationId}/declination")
                        .at(f -> "/bids/" + f.withPartner + "/participants/GB-LAE-MSU/declination")
                        .body(f -> Map.of("reason", "Mid Suffolk did not agree to this bid")).hidden(BIDDER_OTHER),

                // scoring-service: managers run it; assessors see their own work; integrators the results
                AccessRule.of(SCORING, "GET /schemes").at(f -> "/schemes?round=" + f.round).answers(200, MANAGER).answers(200, ASSESSORS)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "GET /schemes/{id}").at(f -> "/schemes/" + f.scheme).answers(200, MANAGER).answers(200, ASSESSORS)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /schemes").body(f -> scheme(f.roundWithoutScheme)).answers(201, MANAGER)
                        .answers(400, FUNDER_OTHER),
                AccessRule.of(SCORING, "PUT /schemes/{id}").at(f -> "/schemes/" + f.scheme).body(f -> scheme(f.round))
                        .staleVersion().answers(412, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "PATCH /schemes/{id}").at(f -> "/schemes/" + f.scheme)
                        .body(f -> Map.of("name", "Renamed by a patch"))
                        .header("Content-Type", "application/merge-patch+json").staleVersion().answers(412, MANAGER)
                        .hidden(FUNDER_OTHER),
                // another funder's manager reads the profiles, but none of DCLG's bids or dispensations in them
                AccessRule.of(SCORING, "GET /assessors").answers(200, MANAGER, FUNDER_OTHER),
                AccessRule.of(SCORING, "GET /assessors/{username}").at(f -> "/assessors/assessor.dclg")
                        .answers(200, MANAGER, FUNDER_OTHER, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID),
                AccessRule.of(SCORING, "PUT /assessors/me").body(f -> Map.of("displayName", "Assessor"))
                        .staleVersion().answers(412, ASSESSORS),
                AccessRule.of(SCORING, "PATCH /assessors/me").body(f -> Map.of("displayName", "Assessor"))
                        .header("Content-Type", "application/merge-patch+json").staleVersion().answers(412, ASSESSORS),
                // an interest in an organisation on the register that takes part in none of the fixture's bids, so
                // conflicting nothing in the rest of the run (a made-up id, or a bid not in assessment, is a 400)
                // asking what a declaration would end changes nothing, for any assessor
                AccessRule.of(SCORING, "POST /assessors/me/interests/preview")
                        .body(f -> Map.of("type", "OTHER", "organisationId", "GB-LAS-ZET",
                                "nature", "A trustee of a Shetland community trust"))
                        .answers(200, ASSESSORS).changedWhen(answer -> false),
                AccessRule.of(SCORING, "POST /assessors/me/interests")
                        .body(f -> Map.of("type", "OTHER", "organisationId", "GB-LAS-ZET",
                                "nature", "A trustee of a Shetland community trust"))
                        .answers(201, ASSESSORS),
                // a secondment long over: recorded, and so conflicting nothing in the rest of the run
                AccessRule.of(SCORING, "POST /assessors/{username}/secondments").at(f -> "/assessors/assessor3.dclg/secondments")
                        .body(f -> Map.of("organisationId", "GB-LAE-CHW", "from", "2020-01-01", "until", "2020-02-01",
                                "reason", "A month with Cheshire West's transformation team")).answers(201, MANAGER)
                        .notTriedByOtherFunder(),
                AccessRule.of(SCORING, "POST /reconciliations").body(f -> Map.of("roundId", f.round)).answers(200, MANAGER)
                        .hidden(FUNDER_OTHER)
                        .changedWhen(answer -> !answer.json().path("takenIn").isEmpty() || !answer.json().path("takenOut").isEmpty()),
                AccessRule.of(SCORING, "POST /assessors/{username}/dispensations").at(f -> "/assessors/assessor.midsuffolk/dispensations")
                        .body(f -> Map.of("bidId", f.draft, "reason", "Only a remote connection to the council",
                                "expires", LocalDate.now().plusDays(30).toString())).answers(201, MANAGER)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /assessors/{username}/dispensations/{dispensationId}/revocation")
                        .at(f -> "/assessors/assessor.midsuffolk/dispensations/" + f.dispensation + "/revocation")
                        .body(f -> Map.of("reason", "The connection is closer than the bid first said")).answers(200, MANAGER)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "GET /conflicts").at(f -> "/conflicts?bid=" + f.submitted).answers(200, MANAGER)
                        .answers(200, ASSESSORS).mentionsTheBid().hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "GET /assignments").at(f -> "/assignments?round=" + f.round)
                        .answers(200, MANAGER, FUNDER_OTHER).answers(200, ASSESSORS),
                AccessRule.of(SCORING, "GET /assignments/{id}").at(f -> "/assignments/" + f.assignment)
                        .answers(200, MANAGER, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID).hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /assignments").body(f -> Map.of("bidId", f.forAssignment, "assessor", "assessor3.dclg"))
                        .answers(201, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /assignments/auto").body(f -> Map.of("roundId", f.decidedRound)).answers(200, MANAGER)
                        .hidden(FUNDER_OTHER)
                        .changedWhen(answer -> !answer.json().path("created").isEmpty()),
                AccessRule.of(SCORING, "POST /assignments/{id}/acceptance").at(f -> "/assignments/" + f.assignment + "/acceptance")
                        .answers(409, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID),
                AccessRule.of(SCORING, "POST /assignments/{id}/decline").at(f -> "/assignments/" + f.assignmentToDecline + "/decline")
                        .body(f -> Map.of("reason", "CAPACITY", "note", "On leave for the assessment window"))
                        .answers(200, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID),
                AccessRule.of(SCORING, "GET /assessments").at(f -> "/assessments?round=" + f.round)
                        .answers(200, MANAGER, FUNDER_OTHER).answers(200, ASSESSORS),
                AccessRule.of(SCORING, "GET /assessments/{id}").at(f -> "/assessments/" + f.assessment)
                        .answers(200, MANAGER, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID).hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /assessments").body(f -> Map.of("assignmentId", f.assignment, "scores", Fixture.scores(2)))
                        // the same answer as for an assignment that does not exist: "not one of yours"
                        .answers(409, ASSESSOR_ASSIGNED).answers(400, NOT_ON_THE_BID),
                AccessRule.of(SCORING, "PUT /assessments/{id}").at(f -> "/assessments/" + f.assessment)
                        .body(f -> Map.of("scores", Fixture.scores(2))).staleVersion()
                        .answers(412, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID),
                AccessRule.of(SCORING, "PATCH /assessments/{id}").at(f -> "/assessments/" + f.assessment)
                        .body(f -> Map.of("scores", Map.of())).header("Content-Type", "application/merge-patch+json")
                        .staleVersion().answers(412, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID),
                AccessRule.of(SCORING, "POST /assessments/{id}/submission").at(f -> "/assessments/" + f.assessment + "/submission")
                        .answers(200, ASSESSOR_ASSIGNED).hidden(NOT_ON_THE_BID),
                AccessRule.of(SCORING, "GET /moderations").at(f -> "/moderations?round=" + f.round).answers(200, MANAGER)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "GET /moderations/{bidId}").at(f -> "/moderations/" + f.inDecidedRound).answers(200, MANAGER)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /moderations/{bidId}").at(f -> "/moderations/" + f.inDecidedRound)
                        .body(f -> Map.of("criterion", "deliverability", "score", 3, "reason", "Panel: the track record is mixed"))
                        .answers(201, MANAGER).hidden(FUNDER_OTHER),
                // integrators read a round's decisions, like its ranking, once they are published: before, not found
                AccessRule.of(SCORING, "GET /decisions/{roundId}").at(f -> "/decisions/" + f.decidedRound)
                        .answers(200, MANAGER).hidden(INTEGRATOR, FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /decisions/{roundId}").at(f -> "/decisions/" + f.decidedRound)
                        .body(f -> Map.of("mode", "WHOLE_AWARDS_ONLY")).answers(200, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "PUT /decisions/{roundId}/lines/{bidId}")
                        .at(f -> "/decisions/" + f.decidedRound + "/lines/" + f.inDecidedRound)
                        .body(f -> Map.of("outcome", "FUNDED", "amountAwarded", 200000, "reason", "Panel: fund at the reduced amount"))
                        .staleVersion().answers(412, MANAGER).hidden(FUNDER_OTHER),
                // a draft is discarded by its version only; the stale one here leaves it for the publication below
                AccessRule.of(SCORING, "DELETE /decisions/{roundId}").at(f -> "/decisions/" + f.decidedRound)
                        .staleVersion().answers(412, MANAGER).hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "POST /decisions/{roundId}/publication").at(f -> "/decisions/" + f.decidedRound + "/publication")
                        .answers(200, MANAGER).hidden(FUNDER_OTHER),
                // integrators read a round's ranking once its decision is published
                AccessRule.of(SCORING, "GET /rankings/{roundId}").at(f -> "/rankings/" + f.decidedRound).answers(200, MANAGER, INTEGRATOR)
                        .hidden(FUNDER_OTHER),
                AccessRule.of(SCORING, "GET /decisions/{roundId}").at(f -> "/decisions/" + f.decidedRound)
                        .answers(200, MANAGER, INTEGRATOR).hidden(FUNDER_OTHER),
                // what a funder publishes, any reader of published awards reads
                AccessRule.of(SCORING, "GET /exports/360giving").at(f -> "/exports/360giving?round=" + f.decidedRound)
                        .answers(200, MANAGER, FUNDER_OTHER, INTEGRATOR).mentionsTheBid());
    }

    private static Map<String, Object> scheme(String round) {
        return Map.of("roundId", round, "name", "Scheme of " + round,
                "criteria", List.of(Map.of("code", "value-for-money", "name", "Value for money", "weight", 1,
                        "description", "Expected costs, benefits and savings.")),
                "scale", Map.of("min", 0, "max", 5, "anchors", Map.of("0", "None", "1", "Weak", "2", "Adequate", "3", "Good",
                        "4", "Strong", "5", "Exemplary")),
                "assessorsPerBid", 1);
    }
}
