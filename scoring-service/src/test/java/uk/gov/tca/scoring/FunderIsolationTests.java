package uk.gov.tca.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.scoring.testing.Actor.assessor;
import static uk.gov.tca.scoring.testing.Actor.manager;
import static uk.gov.tca.scoring.testing.Actor.worcestershireManager;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;
import uk.gov.tca.platform.testing.EmptyDatabase;
import uk.gov.tca.scoring.intake.FeedConsumer;
import uk.gov.tca.scoring.testing.Actor;
import uk.gov.tca.scoring.testing.Schemes;

/**
 * Two funders: DCLG's round r1 and Worcestershire County Council's own fund ff1, as the bid-service names their
 * funders. A round's assessment is its funder's programme managers' alone: to the other funder's, its scheme,
 * assignments, assessments, moderations, ranking, decisions and conflicts are not there (404), exactly as for a
 * round that does not exist, and nothing they try changes anything. Assessors, whom a funder may engage from
 * anywhere, are held to their own work, not to a funder.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbours.class)
class FunderIsolationTests {

    private static final Actor DCLG = manager();
    private static final Actor WORCESTERSHIRE = worcestershireManager();
    private static final Actor A1 = assessor("assessor.one");
    private static final Actor A2 = assessor("assessor.two");

    @Inject
    FeedConsumer feed;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void dclgsRoundIsSharedOut() {
        EmptyDatabase.empty(dataSource);
        Neighbours.reset();
        DCLG.schemed(Schemes.forRound("r1"));
        List.of(A1, A2).forEach(Actor::registered);
        assertThat(feed.catchUp()).isEqualTo(3);
        DCLG.autoAssigns("r1").statusCode(200);
    }

    @Test
    void aSchemeIsSetOnlyByTheManagersOfTheFunderTheBidServiceNamesAndReadOnlyByThem() {
        DCLG.setsScheme(Schemes.forRound("ff1")).statusCode(400)
                .body("violations.field", contains("roundId"), "violations[0].message", equalTo("no round ff1 that you run"));
        WORCESTERSHIRE.setsScheme(Schemes.forRound("r1")).statusCode(400).body("violations.field", contains("roundId"));
        WORCESTERSHIRE.setsScheme(Schemes.forRound("no-such-round")).statusCode(400)
                .body("violations[0].message", equalTo("no round no-such-round that you run"));
        WORCESTERSHIRE.setsScheme(Schemes.forRound("ff1")).statusCode(201);

        WORCESTERSHIRE.readsSchemes("r1").statusCode(404);
        WORCESTERSHIRE.request().get("/schemes/r1").then().statusCode(404);
        WORCESTERSHIRE.request().get("/schemes").then().statusCode(200).body("roundId", contains("ff1"));
        DCLG.request().get("/schemes").then().statusCode(200).body("roundId", contains("r1"));
        WORCESTERSHIRE.patches("/schemes/{id}", "\"0\"", Map.of("name", "Taken over"), "r1").statusCode(404);
        WORCESTERSHIRE.request().header("If-Match", "\"0\"").body(Schemes.forRound("r1")).put("/schemes/r1").then()
                .statusCode(404);
        // assessors read the schemes they score by, whoever runs the round
        A1.request().get("/schemes").then().statusCode(200).body("roundId", contains("ff1", "r1"));
        DCLG.readsSchemes("r1").statusCode(200).body("[0].version", equalTo(0), "[0].name", equalTo("TCA 2013/14 assessment"));
    }

    @Test
    void anotherFundersManagerFindsNothingOfTheRoundsAssessmentAndChangesNothing() {
        String assignment = DCLG.assignments("round", "r1").statusCode(200).extract().path("items[0].id");
        A1.scores("bab", List.of(Schemes.score("value-for-money", 4, "Justified at the length the scheme asks"),
                Schemes.score("collaboration", 3, "Justified at the length the scheme asks")));

        WORCESTERSHIRE.autoAssigns("r1").statusCode(404);
        WORCESTERSHIRE.assigns("bab", "assessor.one").statusCode(404);
        WORCESTERSHIRE.readsAssignment(assignment).statusCode(404);
        WORCESTERSHIRE.assignments("round", "r1").statusCode(200).body("total", equalTo(0));
        WORCESTERSHIRE.assignments().statusCode(200).body("total", equalTo(0));
        WORCESTERSHIRE.assessments().statusCode(200).body("total", equalTo(0));
        String assessment = DCLG.assessmentsOf("bab").statusCode(200).extract().path("items[0].id");
        WORCESTERSHIRE.readsAssessment(assessment).statusCode(404);
        WORCESTERSHIRE.moderations("r1").statusCode(404);
        WORCESTERSHIRE.moderationOf("bab").statusCode(404);
        WORCESTERSHIRE.moderates("bab", Map.of("criterion", "collaboration", "score", 5, "reason", "Overruled by the other funder"))
                .statusCode(404);
        WORCESTERSHIRE.ranking("r1").statusCode(404);
        WORCESTERSHIRE.decides("r1", Map.of("mode", "WHOLE_AWARDS_ONLY")).statusCode(404);
        WORCESTERSHIRE.decision("r1").statusCode(404);
        WORCESTERSHIRE.publishes("r1").statusCode(404);
        WORCESTERSHIRE.conflictsOn("bab").statusCode(404);
        WORCESTERSHIRE.request().body(Map.of("roundId", "r1")).post("/reconciliations").then().statusCode(404);

        // DCLG's managers see it all, unchanged
        DCLG.assignments("round", "r1").statusCode(200).body("items.id", hasItem(assignment));
        DCLG.moderationOf("bab").statusCode(200).body("moderations", org.hamcrest.Matchers.empty());
        DCLG.decision("r1").statusCode(404); // nothing was allocated by the other funder
        DCLG.ranking("r1").statusCode(200).body("lines.bidId", hasItem("bab"));
        DCLG.conflictsOn("bab").statusCode(200);
        WORCESTERSHIRE.assignments().statusCode(200).body("items.roundId", not(hasItem("r1")));
    }

    @Test
    void aRoundWithoutASchemeIsItsFundersAsTheBidServiceSays() {
        // ff1 is Worcestershire's and has no scheme yet: DCLG's manager finds nothing of it
        DCLG.reconciles("ff1").statusCode(404);
        DCLG.reconciles("no-such-round").statusCode(404);
    }

    @Test
    void aFunderGrantsDispensationsOnItsOwnBidsAndSeesNoOtherFundersInAProfile() {
        WORCESTERSHIRE.dispenses("assessor.one", Map.of("bidId", "bab", "reason", "Not a conflict in our view",
                "expires", "2099-01-01")).statusCode(404);
        String granted = DCLG.dispenses("assessor.one", Map.of("bidId", "bab", "reason", "Only a remote connection to the council",
                "expires", "2099-01-01")).statusCode(201).body("dispensations[0].funderOrganisationId", equalTo("TCA-DCLG"))
                .extract().path("dispensations[0].id");
        // nor revokes one: another funder's dispensation is, to its managers, not there
        WORCESTERSHIRE.revokes("assessor.one", granted, "We do not agree with it at all").statusCode(404);
        A1.declares(Map.of("type", "OTHER", "bidId", "chr", "nature", "Advised Cherwell on an earlier draft"))
                .statusCode(201);
        // Worcestershire's manager reads the profile without DCLG's bids or dispensations in it
        WORCESTERSHIRE.readsAssessor("assessor.one").statusCode(200)
                .body("dispensations", org.hamcrest.Matchers.empty(), "interests", org.hamcrest.Matchers.empty());
        DCLG.readsAssessor("assessor.one").statusCode(200)
                .body("dispensations.bidId", contains("bab"), "interests.bidId", contains("chr"),
                        "dispensations[0].revokedAt", org.hamcrest.Matchers.nullValue());
        A1.readsOwnProfile().statusCode(200).body("dispensations.bidId", contains("bab"));
        // nor an assessor's conflicts on DCLG's bids
        WORCESTERSHIRE.conflictsOf("assessor.one").statusCode(200).body("$", org.hamcrest.Matchers.empty());
        DCLG.conflictsOf("assessor.one").statusCode(200).body("bidId", hasItem("chr"));
    }

    @Test
    void inAFundersOwnProgrammeItsOfficersAssessItsOwnServicesProposalsWithTheConflictShown() {
        // own1: Worcestershire's own savings programme, whose proposals its own services lead; ff1: its competition
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/rounds/own1")).willReturn(Neighbours.json(
                "{\"id\": \"own1\", \"name\": \"FutureFit\", \"funderOrganisationId\": \"GB-LAE-WOR\", "
                        + "\"budget\": 600000, \"fundersOwnServices\": true}")));
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/feed"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("3")).atPriority(1)
                .willReturn(Neighbours.json("{\"events\": [" + ownProposal(4, "ffp", "own1") + ", "
                        + ownProposal(5, "ffc", "ff1") + "], \"next\": \"5\"}")));
        WORCESTERSHIRE.setsScheme(Schemes.forRound("own1")).statusCode(201);
        WORCESTERSHIRE.setsScheme(Schemes.forRound("ff1")).statusCode(201);
        Actor officer = Actor.assessorOf("assessor.wor", "GB-LAE-WOR").registered();
        assertThat(feed.catchUp()).isEqualTo(2);

        WORCESTERSHIRE.conflictsOn("ffp").statusCode(200)
                .body("find { it.assessor == 'assessor.wor' }.rule", equalTo("EMPLOYER_IS_PARTICIPANT"),
                        "find { it.assessor == 'assessor.wor' }.dispensed", equalTo(true),
                        "find { it.assessor == 'assessor.wor' }.explanation",
                        org.hamcrest.Matchers.containsString("not blocking: the round is GB-LAE-WOR's own programme"));
        WORCESTERSHIRE.assigns("ffp", "assessor.wor").statusCode(201);
        // the same council's bid in its competition is a conflict like any other
        WORCESTERSHIRE.conflictsOn("ffc").statusCode(200)
                .body("find { it.assessor == 'assessor.wor' }.dispensed", equalTo(false));
        WORCESTERSHIRE.assigns("ffc", "assessor.wor").statusCode(409);
        officer.request().get("/assignments").then().statusCode(200).body("items.bidId", contains("ffp"));
    }

    @Test
    void whetherARoundIsTheFundersOwnProgrammeIsTheRoundsWordWhenTheConflictIsJudged() {
        ownRound(true);
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/feed"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.equalTo("3")).atPriority(1)
                .willReturn(Neighbours.json("{\"events\": [" + ownProposal(4, "ffp", "own1") + "], \"next\": \"4\"}")));
        WORCESTERSHIRE.setsScheme(Schemes.forRound("own1")).statusCode(201);
        Actor.assessorOf("assessor.wor", "GB-LAE-WOR").registered();
        // the round stopped being its own programme after the scheme was set (before any bid was submitted)
        ownRound(false);
        assertThat(feed.catchUp()).isEqualTo(1);
        WORCESTERSHIRE.conflictsOn("ffp").statusCode(200)
                .body("find { it.assessor == 'assessor.wor' }.dispensed", equalTo(false));
        WORCESTERSHIRE.assigns("ffp", "assessor.wor").statusCode(409);
        // and the bid-service not answering is no licence: the question fails, nothing is assigned
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/rounds/own1")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        WORCESTERSHIRE.assigns("ffp", "assessor.wor").statusCode(503);
        WORCESTERSHIRE.assignments("bid", "ffp").statusCode(200).body("total", equalTo(0));
    }

    private static void ownRound(boolean ownServices) {
        Neighbours.bid.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/rounds/own1")).atPriority(2)
                .willReturn(Neighbours.json("{\"id\": \"own1\", \"name\": \"FutureFit\", \"funderOrganisationId\": "
                        + "\"GB-LAE-WOR\", \"budget\": 600000, \"fundersOwnServices\": " + ownServices + "}")));
    }

    private static String ownProposal(int cursor, String bid, String round) {
        return "{\"specversion\": \"1.0\", \"id\": \"e" + cursor + "\", \"type\": \"uk.gov.tca.bid.submitted\", "
                + "\"subject\": \"" + bid + "\", \"time\": \"2015-09-1" + cursor + "T12:00:00Z\", \"cursor\": \"" + cursor
                + "\", \"data\": {\"bidId\": \"" + bid + "\", \"roundId\": \"" + round + "\", \"status\": \"SUBMITTED\", "
                + "\"title\": \"Remodelling day services\", \"leadOrganisationId\": \"GB-LAE-WOR\", "
                + "\"organisations\": [\"GB-LAE-WOR\"], \"amountSought\": null}}";
    }
}
