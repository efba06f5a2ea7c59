package uk.gov.tca.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.tca.scoring.testing.Actor.assessor;
import static uk.gov.tca.scoring.testing.Actor.assessorOf;
import static uk.gov.tca.scoring.testing.Actor.bidder;
import static uk.gov.tca.scoring.testing.Actor.integrator;
import static uk.gov.tca.scoring.testing.Actor.manager;
import static uk.gov.tca.scoring.testing.Schemes.score;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.platform.testing.EmptyDatabase;
import uk.gov.tca.scoring.export.ThreeSixtyGivingSchema;
import uk.gov.tca.scoring.intake.FeedConsumer;
import uk.gov.tca.scoring.testing.Actor;
import uk.gov.tca.scoring.testing.Schemes;

/**
 * A round from the feed to the 360Giving file, against the real database: conflicts, sharing out, scoring and
 * its visibility, moderation, ranking, allocation, publication and the export checked against the schema. Each
 * test starts from an empty service and tells the story so far itself (the steps below), so each holds alone.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbours.class)
class ScoringFlowTests {

    private static final Actor MANAGER = manager();
    private static final Actor A1 = assessor("assessor.one");
    private static final Actor A2 = assessor("assessor.two");
    private static final Actor AMS = assessorOf("assessor.midsuffolk", "GB-LAE-MSU");

    @Inject
    FeedConsumer feed;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void anEmptyServiceAndItsNeighbours() {
        EmptyDatabase.empty(dataSource);
        Neighbours.reset();
    }

    // the story so far, each step on top of the one before

    /** Round r1 has the TCA 2013/14 scheme: two assessors a bid. */
    private static void schemed() {
        MANAGER.schemed(Schemes.forRound("r1"));
    }

    /** Three assessors (one of them Mid Suffolk's) are registered and the feed's three bids have arrived. */
    private void bidsArrived() {
        schemed();
        List.of(A1, A2, AMS).forEach(Actor::registered);
        assertThat(feed.catchUp()).isEqualTo(3);
    }

    /** The round is shared out: Babergh's bid to assessor.one and .two, Cherwell's and Cheshire's to the others. */
    private void sharedOut() {
        bidsArrived();
        MANAGER.autoAssigns("r1").statusCode(200);
    }

    /** Both of Babergh's assessors have scored it, and far apart on collaboration (5 and 1). */
    private void babScoredByBoth() {
        sharedOut();
        String first = A1.drafted(A1.acceptsOfferOn("bab"),
                List.of(score("value-for-money", 2, "Savings are asserted more than shown in the figures")));
        A1.changes(first, "\"0\"", firstAssessorsScores()).statusCode(200);
        A1.submits(first).statusCode(200);
        A2.scores("bab", secondAssessorsScores());
    }

    /** Every bid is scored, and Babergh's collaboration moderated to 3. */
    private void allScored() {
        babScoredByBoth();
        MANAGER.moderates("bab", Map.of("criterion", "collaboration", "score", 3,
                "reason", "Panel: shared workforce is real collaboration")).statusCode(201);
        // fewest-loaded first, then by name: Cheshire went to assessor.midsuffolk and assessor.two, Cherwell to
        // assessor.midsuffolk and assessor.one
        scoreInReverseOrder(A2, "chw", 4, 4);
        scoreInReverseOrder(AMS, "chw", 4, 4);
        scoreInReverseOrder(A1, "chr", 3, 2);
    }

    /** The round is decided within its budget, the marginal bid part-funded. */
    private void decided() {
        allScored();
        MANAGER.decides("r1", Map.of("mode", "PART_FUND_MARGINAL", "minimumShare", 0.4, "reserveListSize", 0))
                .statusCode(200);
    }

    private static List<Map<String, Object>> firstAssessorsScores() {
        Map<String, Object> vfm = score("value-for-money", 2, "Savings are asserted more than shown in the figures");
        vfm.put("overrideReason", "The BCR rests on benefits to partners the bid does not evidence");
        return List.of(vfm, score("collaboration", 5, "Two councils, one workforce, since 2011"));
    }

    private static List<Map<String, Object>> secondAssessorsScores() {
        return List.of(score("value-for-money", 4, "A clear invest-to-save case with costed lines"),
                score("collaboration", 1, "Shared services only, no partners beyond the councils"));
    }

    /** Scores sent in the reverse of the scheme's order (those of bab came in its order): both are read back. */
    private static void scoreInReverseOrder(Actor assessor, String bid, int vfm, int collaboration) {
        Map<String, Object> v = score("value-for-money", vfm, "Justified at the length the scheme asks for");
        v.put("overrideReason", "The appraisal does not capture the whole case");
        assessor.scores(bid, List.of(score("collaboration", collaboration, "Justified at the length the scheme asks"), v));
    }

    @Test
    void aSchemesWeightsSumToOneAndEveryPointHasItsWords() {
        List<Map<String, Object>> bad = List.of(Map.of("code", "a", "name", "A", "description", "A", "weight", 0.5),
                Map.of("code", "b", "name", "B", "description", "B", "weight", 0.4));
        Map<String, Object> body = Schemes.forRound("r1", bad);
        body.put("scale", Map.of("min", 0, "max", 3, "anchors", Map.of("0", "x", "1", "y", "2", "z")));
        MANAGER.setsScheme(body).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("criteria", "scale.anchors.3"),
                        "violations.find { it.field == 'criteria' }.message", equalTo("weights must sum to 1; they sum to 0.9"));
        A1.setsScheme(Schemes.forRound("r1")).statusCode(403);
        bidder().readsSchemes("r1").statusCode(403);
        MANAGER.setsScheme("{\"roundId\": ").statusCode(400).contentType("application/problem+json");
        MANAGER.readsSchemes("r1").statusCode(404); // nothing refused was kept
        MANAGER.setsScheme(Schemes.forRound("r1"), "scheme-r1").statusCode(201).header("ETag", "\"0\"")
                .body("assessorsPerBid", equalTo(2), "criteria.code", contains("value-for-money", "collaboration"));
        MANAGER.setsScheme(Schemes.forRound("r1"), "scheme-r1").statusCode(201).header("Idempotent-Replayed", "true");
        MANAGER.readsSchemes("r1").body("name", contains("TCA 2013/14 assessment"));
    }

    @Test
    void bidsArriveFromTheFeedAndConflictsAreExplained() {
        schemed();
        List.of(A1, A2, AMS).forEach(Actor::registered);
        AMS.readsOwnProfile().body("employerOrganisationId", equalTo("GB-LAE-MSU"));
        assertThat(feed.catchUp()).isEqualTo(3);
        assertThat(feed.catchUp()).isZero(); // the cursor is kept: nothing is read twice
        MANAGER.conflictsOn("bab").statusCode(200)
                .body("assessor", contains("assessor.midsuffolk", "assessor.midsuffolk"),
                        "rule", contains("EMPLOYER_IS_PARTICIPANT", "EMPLOYER_RELATED_TO_PARTICIPANT"),
                        "participantId", contains("GB-LAE-MSU", "GB-LAE-BAB"),
                        "relation", contains(null, "SHARED_WORKFORCE"));
        MANAGER.assigns("bab", "assessor.midsuffolk").statusCode(409)
                .body("type", equalTo("urn:tca:problem:conflict-of-interest"),
                        "violations.message", hasItem(startsWith("EMPLOYER_IS_PARTICIPANT")));
        MANAGER.assignments("bid", "bab").body("total", equalTo(0));
        AMS.conflictsOf("assessor.one").statusCode(404);
    }

    @Test
    void autoAssignmentGivesEveryBidTwoAssessorsAndNeverTheConflictedOne() {
        bidsArrived();
        JsonPath auto = MANAGER.autoAssigns("r1").statusCode(200).extract().jsonPath();
        assertThat(auto.getList("created")).hasSize(6);
        assertThat(auto.<String>getList("created.findAll { it.bidId == 'bab' }.assessor"))
                .containsExactlyInAnyOrder("assessor.one", "assessor.two");
        // each assignment names its bid as the feed gave it, for lists that need no call per bid
        assertThat(auto.<String>getList("created.findAll { it.bidId == 'bab' }.title"))
                .containsOnly("Babergh and Mid Suffolk");
        assertThat(auto.<String>getList("created.assessor").stream().filter("assessor.midsuffolk"::equals)).hasSize(2);
        assertThat(auto.getList("shortfalls")).isEmpty();
        Neighbours.bid.verify(6, putRequestedFor(urlPathMatching("/bids/.*/access-grants/.*")));
        // again: nothing missing, nothing made
        MANAGER.autoAssigns("r1").statusCode(200).body("created", empty());
        // an assessor sees only its own
        A1.assignments().body("total", equalTo(2), "items.assessor", everyItem(equalTo("assessor.one")));
    }

    @Test
    void aNewlyDeclaredInterestTakesTheBidAway() {
        sharedOut();
        String chr = AMS.assignments("bid", "chr").extract().path("items[0].id");
        AMS.declares(Map.of("type", "OTHER", "organisationId", "GB-LAE-CHR", "nature", "as noted")).statusCode(400)
                .body("violations[0].field", equalTo("nature"));
        AMS.readsAssignment(chr).body("status", equalTo("OFFERED"));
        // a made-up organisation or bid is refused, not kept for ever as a declaration that keeps it from nothing
        Neighbours.partner.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/organisations/GB-XXX-NONE"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
        AMS.declares(Map.of("type", "OTHER", "organisationId", "GB-XXX-NONE", "nature", "Trustee of a local charity"))
                .statusCode(400).body("violations[0].field", equalTo("organisationId"),
                        "violations[0].message", containsString("is not on the register"));
        AMS.declares(Map.of("type", "OTHER", "bidId", "bid-made-up", "nature", "Advised on an earlier draft"))
                .statusCode(400).body("violations[0].field", equalTo("bidId"));
        AMS.readsOwnProfile().statusCode(200).body("interests", empty());
        // before confirming, the assessor is shown what the declaration would end, and nothing is declared yet
        AMS.previews(Map.of("type", "OTHER", "organisationId", "GB-XXX-NONE", "nature", "Trustee of a local charity"))
                .statusCode(400).body("violations[0].field", equalTo("organisationId"));
        AMS.previews(Map.of("type", "DISCLOSABLE_PECUNIARY", "organisationId", "GB-LAE-CHR",
                "nature", "Spouse is a director of a Cherwell supplier", "holder", "SPOUSE_OR_PARTNER")).statusCode(200)
                .body("wouldEnd.assignmentId", contains(chr), "wouldEnd[0].bidId", equalTo("chr"),
                        "wouldEnd[0].status", equalTo("OFFERED"),
                        "wouldEnd[0].conflict", containsString("declared an interest in participant GB-LAE-CHR"));
        A1.previews(Map.of("type", "OTHER", "organisationId", "GB-LAE-CHR", "nature", "Former employee of Cherwell"))
                .statusCode(200).body("wouldEnd.bidId", contains("chr"));
        MANAGER.previews(Map.of("type", "OTHER", "organisationId", "GB-LAE-CHR", "nature", "Former employee"))
                .statusCode(403);
        AMS.readsOwnProfile().statusCode(200).body("interests", empty());
        AMS.readsAssignment(chr).body("status", equalTo("OFFERED"));
        AMS.declares(Map.of("type", "DISCLOSABLE_PECUNIARY", "organisationId", "GB-LAE-CHR",
                "nature", "Spouse is a director of a Cherwell supplier", "holder", "SPOUSE_OR_PARTNER")).statusCode(201)
                .body("interests[0].declaredAt", notNullValue());
        AMS.readsAssignment(chr).body("status", equalTo("REVOKED"),
                "reason", allOf(startsWith("conflict of interest:"), containsString("GB-LAE-CHR")));
        Neighbours.bid.verify(deleteRequestedFor(urlPathEqualTo("/bids/chr/access-grants/assessor.midsuffolk")));
        // a dispensation lifts it, and says so
        MANAGER.dispenses("assessor.midsuffolk", Map.of("organisationId", "GB-LAE-CHR",
                "reason", "The supplier's contract is not part of this bid", "expires", "2099-01-01")).statusCode(201);
        MANAGER.conflictsOn("chr").body("dispensed", contains(true));
    }

    @Test
    void aRevokedDispensationCoversNothingAndEndsWhatItAllowed() {
        sharedOut();
        AMS.declares(Map.of("type", "DISCLOSABLE_PECUNIARY", "organisationId", "GB-LAE-CHR",
                "nature", "Spouse is a director of a Cherwell supplier", "holder", "SPOUSE_OR_PARTNER")).statusCode(201);
        String dispensation = MANAGER.dispenses("assessor.midsuffolk", Map.of("bidId", "chr",
                        "reason", "The supplier's contract is not part of this bid", "expires", "2099-01-01")).statusCode(201)
                .body("dispensations[0].id", startsWith("dsp-"), "dispensations[0].revokedAt", nullValue())
                .extract().path("dispensations[0].id");
        String again = MANAGER.assigns("chr", "assessor.midsuffolk").statusCode(201).extract().path("id");

        A1.revokes("assessor.midsuffolk", dispensation, "The supplier's contract now covers the bid").statusCode(403);
        MANAGER.revokes("assessor.midsuffolk", dispensation, "short").statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        MANAGER.revokes("assessor.midsuffolk", "dsp-made-up", "The supplier's contract now covers the bid").statusCode(404);
        AMS.readsAssignment(again).body("status", equalTo("OFFERED")); // nothing changed by the refusals

        MANAGER.revokes("assessor.midsuffolk", dispensation, "The supplier's contract now covers the bid").statusCode(200)
                .body("dispensations[0].revokedBy", equalTo("manager.dclg"),
                        "dispensations[0].revocationReason", equalTo("The supplier's contract now covers the bid"),
                        "dispensations[0].revokedAt", notNullValue());
        AMS.readsAssignment(again).body("status", equalTo("REVOKED"), "reason", startsWith("conflict of interest:"));
        MANAGER.conflictsOn("chr").body("find { it.assessor == 'assessor.midsuffolk' }.dispensed", equalTo(false));
        MANAGER.revokes("assessor.midsuffolk", dispensation, "The supplier's contract now covers the bid").statusCode(409)
                .body("detail", containsString("revoked already"));
        MANAGER.assigns("chr", "assessor.midsuffolk").statusCode(409);
    }

    @Test
    void scoresAreDraftedSubmittedOnceAndSeenByOthersOnlyAfterTheirOwn() {
        sharedOut();
        String assignment = A1.acceptsOfferOn("bab");
        JsonPath draft = A1.drafts(assignment, List.of(score("value-for-money", 2,
                        "Savings are asserted more than shown in the figures")))
                .statusCode(201).header("ETag", "\"0\"").extract().jsonPath();
        String id = draft.getString("id");
        assertThat(draft.getInt("scores.find { it.criterion == 'value-for-money' }.suggestedScore")).isEqualTo(4);
        assertThat(draft.<Object>get("scores.find { it.criterion == 'collaboration' }")).isNull(); // no bands, no suggestion
        A1.submits(id, "submit-" + id).statusCode(400).body("violations.field", hasItems("scores", "scores[0].overrideReason"));
        A1.changes(id, null, firstAssessorsScores()).statusCode(428);
        A1.changes(id, "\"7\"", firstAssessorsScores()).statusCode(412);
        A1.readsAssessment(id).body("version", equalTo(0), "status", equalTo("DRAFT"));
        A1.changes(id, "\"0\"", firstAssessorsScores()).statusCode(200).header("ETag", "\"1\"");
        String first = A1.submits(id, "submit-" + id).statusCode(200).body("status", equalTo("SUBMITTED"))
                .extract().asString();
        String again = A1.submits(id, "submit-" + id).statusCode(200).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertThat(again).isEqualTo(first);
        A1.changes(id, "\"2\"", firstAssessorsScores()).statusCode(409);

        // the other assessor does not see it until its own is in
        String other = A2.acceptsOfferOn("bab");
        A2.assessmentsOf("bab").body("items", empty(), "total", equalTo(0));
        A2.readsAssessment(id).statusCode(404);
        String second = A2.drafted(other, secondAssessorsScores());
        A2.submits(second).statusCode(200);
        A2.assessmentsOf("bab").body("items.assessor", contains("assessor.one", "assessor.two"), "total", equalTo(2));
        bidder().assessments().statusCode(403);
        // the round's progress by status, as the dashboard counts it
        A1.drafts(A1.acceptsOfferOn("chr"), List.of()).statusCode(201);
        MANAGER.assessmentsInStatus("r1", "SUBMITTED").body("total", equalTo(2), "items.status", everyItem(equalTo("SUBMITTED")));
        MANAGER.assessmentsInStatus("r1", "DRAFT").body("total", equalTo(1), "items[0].bidId", equalTo("chr"));
        MANAGER.assessmentsInStatus("r1", "LOST").statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void spreadBeyondTheThresholdIsFlaggedAndModerated() {
        babScoredByBoth();
        MANAGER.moderationOf("bab").statusCode(200)
                .body("scores.assessments", equalTo(2), "scores.weightedTotals", contains(3.2f, 2.8f),
                        "scores.meanTotal", equalTo(3.0f), "scores.flagged", equalTo(true),
                        "scores.flags[0]", containsString("collaboration run from 1 to 5"),
                        "scores.criteria.find { it.criterion == 'collaboration' }.standardDeviation", equalTo(2.0f));
        MANAGER.flaggedModerations("r1").body("bidId", contains("bab"));
        // the round's view reads the score arrays, the bid's the scores themselves: after a draft, a change and
        // a submission they say the same (the first assessor's collaboration score came with the change)
        Object ofBid = MANAGER.moderationOf("bab").extract().path("scores");
        MANAGER.moderations("r1").body("find { it.bidId == 'bab' }.scores", equalTo(ofBid),
                "find { it.bidId == 'bab' }.scores.criteria.find { it.criterion == 'collaboration' }.scores",
                contains(5, 1));
        MANAGER.moderates("bab", Map.of("criterion", "collaboration", "score", 9, "reason", "Moderated at the panel"))
                .statusCode(400).body("violations[0].field", equalTo("score"));
        MANAGER.moderates("bab", Map.of("criterion", "collaboration", "score", 3,
                        "reason", "Panel: shared workforce is real collaboration")).statusCode(201)
                .body("scores.moderated", equalTo(true), "scores.finalScore", equalTo(3.0f),
                        "scores.criteria.find { it.criterion == 'collaboration' }.scores", contains(5, 1));
        A1.moderationOf("bab").statusCode(403);
    }

    @Test
    void theRankingAndTheAllocationWithinTheBudget() {
        allScored();
        for (String bid : List.of("chw", "chr")) {
            Object ofBid = MANAGER.moderationOf(bid).extract().path("scores");
            MANAGER.moderations("r1").body("find { it.bidId == '" + bid + "' }.scores", equalTo(ofBid));
        }
        integrator().ranking("r1").statusCode(404);
        MANAGER.ranking("r1").statusCode(200)
                .body("budget", equalTo(500000), "lines.bidId", contains("chw", "bab", "chr"),
                        "lines.score", contains(4.0f, 3.0f, 2.6f), "lines.basis", contains("MEAN", "MODERATED", "MEAN"),
                        "lines.cumulativeAmountSought", contains(420000.0f, 586900.0f, 953832.0f),
                        "lines.withinBudget", contains(true, false, false));
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY")).statusCode(200)
                .body("lines.outcome", contains("FUNDED", "RESERVE", "RESERVE"), "totalAwarded", equalTo(420000.0f));
        MANAGER.decides("r1", Map.of("mode", "PART_FUND_MARGINAL", "minimumShare", 0.4, "reserveListSize", 0))
                .statusCode(200)
                .body("lines.outcome", contains("FUNDED", "PART_FUNDED", "UNFUNDED"),
                        "lines.amountAwarded", contains(420000.0f, 80000.0f, null), "totalAwarded", equalTo(500000.0f));
        int version = MANAGER.decision("r1").extract().path("version");
        MANAGER.overrides("r1", "chr", "\"" + version + "\"", Map.of("outcome", "FUNDED", "amountAwarded", 366932,
                "reason", "Ministerial priority")).statusCode(409);
        MANAGER.overrides("r1", "chr", "\"" + version + "\"", Map.of("outcome", "RESERVE",
                "reason", "Held in reserve by the panel")).statusCode(200)
                .body("lines.find { it.bidId == 'chr' }.overridden", equalTo(true));
    }

    @Test
    void allocatingWhileBidsAreUnscoredOrUnmoderatedNeedsAReasonAndKeepsIt() {
        babScoredByBoth(); // Babergh's flagged and not moderated, Cherwell's and Cheshire's unscored
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY")).statusCode(409)
                .body("type", equalTo("urn:tca:problem:round-not-ready"),
                        "detail", equalTo("Round r1 is not ready to allocate: 2 bids have no submitted assessment, and 1 "
                                + "bid is flagged for moderation and not moderated (chr: no submitted assessment; chw: no "
                                + "submitted assessment; bab: its assessors' scores differ past the moderation threshold "
                                + "and it is not moderated). Score and moderate them first, or give the reason to "
                                + "allocate now in notReadyReason."),
                        "violations[0].field", equalTo("notReadyReason"));
        MANAGER.decision("r1").statusCode(404); // nothing allocated
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY", "notReadyReason", "short")).statusCode(400)
                .body("violations[0].field", equalTo("notReadyReason"));
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY", "notReadyReason",
                        "A draft for the panel to discuss on Thursday")).statusCode(200)
                .body("policy.notReadyReason", equalTo("A draft for the panel to discuss on Thursday"),
                        "policy.notReady", contains(startsWith("chr:"), startsWith("chw:"), startsWith("bab:")),
                        "lines.bidId", contains("bab"));
        // once every bid is scored and moderated no reason is needed, and none is kept
        MANAGER.moderates("bab", Map.of("criterion", "collaboration", "score", 3,
                "reason", "Panel: shared workforce is real collaboration")).statusCode(201);
        scoreInReverseOrder(A2, "chw", 4, 4);
        scoreInReverseOrder(AMS, "chw", 4, 4);
        scoreInReverseOrder(A1, "chr", 3, 2);
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY", "notReadyReason", "A reason nobody needs now"))
                .statusCode(200).body("policy.notReadyReason", nullValue(), "policy.notReady", nullValue(),
                        "policy.note", nullValue());
        // a note is kept with the decisions, whatever their readiness; a short one is refused and changes nothing
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY", "note", "short")).statusCode(400)
                .body("violations[0].field", equalTo("note"));
        MANAGER.decision("r1").statusCode(200)
                .body("policy.notReadyReason", nullValue(), "policy.note", nullValue());
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY", "note", "Panel of 20 January 2014, minute 4"))
                .statusCode(200).body("policy.note", equalTo("Panel of 20 January 2014, minute 4"));
    }

    @Test
    void aBidUnderTheSchemesMinimumQualityScoreIsNotFunded() {
        Map<String, Object> scheme = Schemes.forRound("r1");
        scheme.put("minimumQualityScore", 6);
        MANAGER.setsScheme(scheme).statusCode(400).body("violations.field", contains("minimumQualityScore"),
                "violations[0].message", equalTo("is not on the scale 0–5"));
        scheme.put("minimumQualityScore", 2.7);
        MANAGER.schemed(scheme);
        List.of(A1, A2, AMS).forEach(Actor::registered);
        feed.catchUp();
        MANAGER.autoAssigns("r1").statusCode(200);
        String first = A1.drafted(A1.acceptsOfferOn("bab"), firstAssessorsScores());
        A1.submits(first).statusCode(200);
        A2.scores("bab", secondAssessorsScores());
        MANAGER.moderates("bab", Map.of("criterion", "collaboration", "score", 3,
                "reason", "Panel: shared workforce is real collaboration")).statusCode(201);
        scoreInReverseOrder(A2, "chw", 4, 4);
        scoreInReverseOrder(AMS, "chw", 4, 4);
        scoreInReverseOrder(A1, "chr", 3, 2);
        MANAGER.readsSchemes("r1").body("[0].minimumQualityScore", equalTo(2.7f));
        // chw 4.0 and bab 3.0 pass; chr (2.6) is under the minimum, with budget enough for it
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY", "budget", 2000000)).statusCode(200)
                .body("lines.outcome", contains("FUNDED", "FUNDED", "UNFUNDED"), "policy.minimumQualityScore", equalTo(2.7f),
                        "lines[2].reason", equalTo("scored 2.6, below the scheme's minimum quality score of 2.7: not "
                                + "funded whatever the budget has left"));
    }

    @Test
    void aDraftIsDiscardedByItsVersionAndAPublishedOneNever() {
        decided();
        int version = MANAGER.decision("r1").extract().path("version");
        MANAGER.discards("r1", null).statusCode(428);
        MANAGER.discards("r1", "\"" + (version + 1) + "\"").statusCode(412);
        A1.discards("r1", "\"" + version + "\"").statusCode(403);
        MANAGER.decision("r1").statusCode(200);
        MANAGER.discards("r1", "\"" + version + "\"").statusCode(204);
        MANAGER.decision("r1").statusCode(404);
        MANAGER.discards("r1", "\"" + version + "\"").statusCode(404);
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY")).statusCode(200).body("version", equalTo(0));
        MANAGER.publishes("r1").statusCode(200);
        MANAGER.discards("r1", "\"" + MANAGER.decision("r1").extract().path("version") + "\"").statusCode(409)
                .body("detail", containsString("cannot be discarded"));
        MANAGER.decision("r1").statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aBidDecidedOtherwiseInTheBidServiceStopsThePublicationAtIt() {
        decided();
        // in a routed round the funder's committee decided Cherwell's bid itself, funding it in full
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/bids/chr/decision"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\": 409, \"detail\": \"a DECIDED bid cannot be decided\"}")));
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/bids/chr")).atPriority(1)
                .willReturn(Neighbours.json("{\"id\": \"chr\", \"status\": \"DECIDED\", \"decision\": {\"outcome\": "
                        + "\"FUNDED\", \"amountAwarded\": {\"amount\": 366932}, \"route\": \"CABINET\", "
                        + "\"decisionMaker\": \"Cabinet\"}}")));
        MANAGER.publishes("r1").statusCode(409)
                .body("detail", equalTo("Bid chr is decided in the bid-service already as FUNDED £366,932 under route CABINET "
                        + "by Cabinet, not UNFUNDED as the decisions of round r1 say: change its line to match and publish "
                        + "again; the bids before it are published"));
        MANAGER.decision("r1").statusCode(200).body("status", equalTo("DRAFT"),
                "lines.find { it.bidId == 'chr' }.publishedAt", org.hamcrest.Matchers.nullValue(),
                "lines.find { it.bidId == 'chw' }.publishedAt", notNullValue());
        integrator().decision("r1").statusCode(404);
        // a published line stays as the bid-service holds it, and a part-published set is finished, not allocated anew
        int version = MANAGER.decision("r1").extract().path("version");
        MANAGER.overrides("r1", "chw", "\"" + version + "\"", Map.of("outcome", "RESERVE", "reason", "Held in reserve by the panel"))
                .statusCode(409).body("detail", containsString("is published"));
        MANAGER.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY")).statusCode(409)
                .body("detail", containsString("publish again to finish"));

        // once the bid-service holds what the line says (an earlier attempt's own record), publishing completes
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/bids/chr")).atPriority(1)
                .willReturn(Neighbours.json("{\"id\": \"chr\", \"status\": \"DECIDED\", \"decision\": {\"outcome\": "
                        + "\"UNFUNDED\"}}")));
        MANAGER.publishes("r1").statusCode(200).body("status", equalTo("PUBLISHED"),
                "lines.publishedAt", everyItem(notNullValue()));
    }

    @Test
    void aDemonstrationsDecisionsSayEverywhereTheyArePublishedThatTheyAreMadeUp() {
        allScored();
        MANAGER.decides("r1", Map.of("mode", "PART_FUND_MARGINAL", "minimumShare", 0.4, "reserveListSize", 0,
                "demonstration", true)).statusCode(200).body("policy.demonstration", equalTo(true));
        MANAGER.publishes("r1").statusCode(200);
        // each decision the bid-service records, and so each council and integrator reads, says so
        Neighbours.bid.verify(3, postRequestedFor(urlPathMatching("/bids/.*/decision"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.reason",
                        com.github.tomakehurst.wiremock.client.WireMock.matching("Demonstration: .+"))));
        String json = integrator().exports("r1").statusCode(200)
                .body("grants.classifications.flatten().code", contains("DEMONSTRATION", "DEMONSTRATION"),
                        "grants[0].classifications[0].vocabulary", equalTo("uk.gov.tca:data"))
                .extract().asString();
        assertThat(ThreeSixtyGivingSchema.validate(json)).isEmpty();
        assertThat(integrator().exports("r1", "csv").statusCode(200).extract().asString().split("\r\n")[1])
                .endsWith(",uk.gov.tca:data,DEMONSTRATION,Demonstration data");
    }

    @Test
    void publishingRecordsTheDecisionsAndTheExportIsValid360Giving() {
        decided();
        integrator().exports("r1").statusCode(404);
        // integrators reconcile against published decisions only; a draft is the panel's
        integrator().decision("r1").statusCode(404).body("detail", equalTo("Published decisions of round r1 was not found"));
        bidder().decision("r1").statusCode(403);
        MANAGER.publishes("r1").statusCode(200)
                .body("status", equalTo("PUBLISHED"), "lines.publishedAt", everyItem(notNullValue()));
        Neighbours.bid.verify(3, postRequestedFor(urlPathMatching("/bids/.*/decision")));
        MANAGER.publishes("r1").statusCode(200);
        Neighbours.bid.verify(3, postRequestedFor(urlPathMatching("/bids/.*/decision")));
        A2.assignments("bid", "chw").body("total", equalTo(1), "items.status", everyItem(equalTo("CLOSED")));
        integrator().ranking("r1").statusCode(200);
        integrator().decision("r1").statusCode(200).body("status", equalTo("PUBLISHED"),
                "lines.outcome", contains("FUNDED", "PART_FUNDED", "UNFUNDED"), "totalAwarded", equalTo(500000.0f));

        // real decisions: their reasons as the allocation gave them, no classification
        Neighbours.bid.verify(0, postRequestedFor(urlPathMatching("/bids/.*/decision"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Demonstration")));
        String json = integrator().exports("r1").statusCode(200)
                .body("grants.classifications", everyItem(nullValue()),
                        "grants.id", contains("360G-dclg-tca-chw", "360G-dclg-tca-bab"),
                        "grants[1].amountAwarded", equalTo(80000.0f), "grants[1].amountAppliedFor", equalTo(166900.0f),
                        "grants[1].recipientOrganization[0].id", equalTo("GB-LAE-BAB"),
                        "grants[1].beneficiaryLocation[0].geoCode", equalTo("E07000200"),
                        "grants[1].beneficiaryLocation[0].geoCodeType", equalTo("NMD"),
                        "grants[1].plannedDates[0].startDate", equalTo("2013-04-01"),
                        "grants[1].plannedDates[0].endDate", equalTo("2015-03-31"))
                .extract().asString();
        assertThat(ThreeSixtyGivingSchema.validate(json)).isEmpty();
        assertThat(ThreeSixtyGivingSchema.validate("{\"grants\": [{\"id\": \"x\"}]}")).isNotEmpty(); // the check can fail
        assertThat(json).contains("\"awardDate\":\"");
        assertThat(ThreeSixtyGivingSchema.validate(json.replaceFirst("\"awardDate\":\"[^\"]+\"", "\"awardDate\":\"23/11/2026\"")))
                .isNotEmpty();
        String csv = integrator().exports("r1", "csv").statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("Identifier,Title,Description,Currency").contains("360G-dclg-tca-bab");
        // without a format, the caller's preference decides: a generated client lists JSON first and gets JSON
        integrator().exportsAccepting("r1", "application/json, text/csv, application/problem+json").statusCode(200)
                .contentType("application/json").body("grants.id", contains("360G-dclg-tca-chw", "360G-dclg-tca-bab"));
        integrator().exportsAccepting("r1", "text/csv;q=0.5, application/json").statusCode(200).contentType("application/json");
        integrator().exportsAccepting("r1", "text/csv, application/json;q=0.5").statusCode(200).contentType("text/csv");
        integrator().exportsAccepting("r1", "text/csv").statusCode(200).contentType("text/csv");
        integrator().exportsAccepting("r1", "*/*").statusCode(200).contentType("application/json");
        bidder().exports("r1").statusCode(403);
        MANAGER.exports("r1", "xml").statusCode(400);
    }
}
