package uk.gov.tca.gateway.web.manager;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID_ID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.ROUND;
import static uk.gov.tca.gateway.web.BidServiceAnswers.ROUNDS;
import static uk.gov.tca.gateway.web.BidServiceAnswers.TITLE;
import static uk.gov.tca.gateway.web.BidServiceAnswers.bids;
import static uk.gov.tca.gateway.web.BidServiceAnswers.bidsTotal;
import static uk.gov.tca.gateway.web.BidServiceAnswers.listedBid;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.assignment;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.page;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.problem;
import static uk.gov.tca.gateway.web.StandIns.bidService;
import static uk.gov.tca.gateway.web.StandIns.scoringService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;
import uk.gov.tca.gateway.web.Pages;
import uk.gov.tca.gateway.web.ScoringServiceAnswers;
import uk.gov.tca.gateway.web.StandIns;

/** A programme manager's round pages against stand-ins: counts, the assignment matrix, moderation, ranking and decisions. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = "manager.dclg", roles = "programme-manager")
@OidcSecurity
class RoundPagesTests {

    private static final String ROUND_PAGE = "/app/rounds/tca-2026";
    private static final String LONG_TITLE = "Sefton: one public estate, from the town halls to the libraries";

    private static final String RANKING = """
            {"roundId": "tca-2026", "budget": 400000.00,
             "tieRule": "Higher final score; then higher score on the heaviest criterion; then smaller amount sought; then earlier submission; then bid id",
             "lines": [
               {"rank": 1, "bidId": "B-2026-0042", "title": "Babergh and Mid Suffolk: one front door",
                "leadOrganisationId": "GB-LAE-BAB", "amountSought": 250000.00, "score": 3.85, "basis": "mean of 2",
                "assessments": 2, "flaggedUnmoderated": false, "cumulativeAmountSought": 250000.00, "withinBudget": true},
               {"rank": 2, "bidId": "B-2026-0043", "title": "%s",
                "leadOrganisationId": "GB-LAE-SEF", "amountSought": 200000.50, "score": 3.1, "basis": "mean of 2",
                "assessments": 2, "flaggedUnmoderated": true, "cumulativeAmountSought": 450000.50, "withinBudget": false}],
             "unscored": ["B-2026-0044"]}
            """.formatted(LONG_TITLE);

    /** The same ranking once every bid is scored and moderated: nothing stops allocating. */
    private static final String READY_RANKING = RANKING.replace("\"flaggedUnmoderated\": true", "\"flaggedUnmoderated\": false")
            .replace("\"unscored\": [\"B-2026-0044\"]", "\"unscored\": []");

    private static String decisions(String status) {
        return """
                {"roundId": "tca-2026", "budget": 400000.00, "totalAwarded": 400000.00,
                 "policy": {"mode": "PART_FUND_MARGINAL", "minimumShare": 0.5, "reserveListSize": null},
                 "status": "%s", "publishedAt": null,
                 "lines": [
                   {"rank": 1, "bidId": "B-2026-0042", "title": "Babergh and Mid Suffolk: one front door", "amountSought": 250000.00,
                    "score": 3.85, "outcome": "FUNDED", "amountAwarded": 250000.00, "reason": null, "overridden": false,
                    "overriddenBy": null, "publishedAt": null},
                   {"rank": 2, "bidId": "B-2026-0043", "title": "%s", "amountSought": 200000.50, "score": 3.1,
                    "outcome": "PART_FUNDED", "amountAwarded": 150000.00, "reason": "The marginal bid, funded in part",
                    "overridden": true, "overriddenBy": "manager.dclg", "publishedAt": null}],
                 "version": 2}
                """.formatted(status, LONG_TITLE);
    }

    @BeforeEach
    void standIns() {
        Services.reset();
        bidService(get(urlEqualTo("/rounds/tca-2026")), ROUND);
        scoringService(get(urlPathEqualTo("/schemes")).withQueryParam("round", equalTo("tca-2026")), ScoringServiceAnswers.SCHEMES);
        bidService(get(urlPathEqualTo("/bids")).withQueryParam("size", equalTo("1")), bidsTotal(0));
        long[] counts = {4, 3, 12, 0, 1};
        String[] statuses = {"DRAFT", "SUBMITTED", "IN_ASSESSMENT", "DECIDED", "WITHDRAWN"};
        for (int i = 0; i < statuses.length; i++) {
            bidService(get(urlPathEqualTo("/bids")).withQueryParam("round", equalTo("tca-2026"))
                    .withQueryParam("status", equalTo(statuses[i])).withQueryParam("size", equalTo("1")), bidsTotal(counts[i]));
        }
    }

    @Test
    void theRoundsAreListedWithTheirBidsByStatus() {
        bidService(get(urlPathEqualTo("/rounds")).withQueryParam("size", equalTo("100")), ROUNDS);

        Document page = Pages.get("/app/rounds");

        assertThat(page.select("main tbody tr")).extracting(Element::text).containsExactly(
                "TCA 2026 round £400,000 3 12 0 1", "TCA 2025 round £1,250,000.50 0 0 0 0");
        assertThat(page.select("main tbody a")).extracting(e -> e.attr("href"))
                .containsExactly("/app/rounds/tca-2026", "/app/rounds/tca-2025");
    }

    @Test
    void theDashboardCountsTheRoundsBidsByStatusInATableAndForTheChart() throws Exception {
        long[] totals = {3, 9, 1};
        String[] statuses = {"OFFERED", "ACCEPTED", "DECLINED"};
        for (int i = 0; i < statuses.length; i++) {
            scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("round", equalTo("tca-2026"))
                    .withQueryParam("status", equalTo(statuses[i])).withQueryParam("size", equalTo("1")),
                    "{\"items\": [], \"total\": " + totals[i] + "}");
        }
        scoringService(get(urlPathEqualTo("/assessments")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("status", equalTo("DRAFT")).withQueryParam("size", equalTo("1")), "{\"items\": [], \"total\": 4}");
        scoringService(get(urlPathEqualTo("/assessments")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("status", equalTo("SUBMITTED")).withQueryParam("size", equalTo("1")), "{\"items\": [], \"total\": 5}");
        Document page = Pages.get(ROUND_PAGE);

        // how far assessment has got, as the scoring-service counts it
        assertThat(page.select("#progress .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Offered, not yet accepted 3", "Accepted 9", "Declined 1", "Scores in draft 4", "Scores submitted 5");

        assertThat(Pages.text(page, "h1")).isEqualTo("TCA 2026 round");
        assertThat(Pages.text(page, ".govuk-caption-l")).isEqualTo("Transformation Challenge Award");
        assertThat(page.select("main .govuk-summary-list:not(#progress) .govuk-summary-list__row")).extracting(Element::text)
                .containsExactly("Budget £400,000", "Opens 1 April 2026", "Closes 30 June 2026");
        assertThat(page.select("#status-counts tbody tr")).extracting(Element::text).containsExactly(
                "draft 4", "submitted 3", "in assessment 12", "decided 0", "withdrawn 1");
        JsonNode chart = new ObjectMapper().readTree(page.selectFirst("#status-chart").attr("data-chart"));
        assertThat(chart.path("labels").toString()).isEqualTo("[\"draft\",\"submitted\",\"in assessment\",\"decided\",\"withdrawn\"]");
        assertThat(chart.path("values").toString()).isEqualTo("[4,3,12,0,1]");
        assertThat(page.select(".govuk-service-navigation__link")).extracting(e -> e.attr("href")).containsExactly(
                ROUND_PAGE, ROUND_PAGE + "/scheme", ROUND_PAGE + "/assignments", ROUND_PAGE + "/moderation",
                ROUND_PAGE + "/ranking");
    }

    private static void matrixStandIns() {
        bidService(get(urlPathEqualTo("/bids")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("status", equalTo("SUBMITTED")).withQueryParam("size", equalTo("200")),
                bids(listedBid("B-2026-0043", LONG_TITLE, "SUBMITTED")));
        bidService(get(urlPathEqualTo("/bids")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("status", equalTo("IN_ASSESSMENT")).withQueryParam("size", equalTo("200")),
                bids(listedBid(BID_ID, TITLE, "IN_ASSESSMENT")));
        scoringService(get(urlPathEqualTo("/assessors")).withQueryParam("size", equalTo("200")), page(
                "{\"username\": \"assessor.dclg\", \"displayName\": \"Alex\", \"employerOrganisationId\": \"GB-GOV-DCLG\","
                        + " \"interests\": [], \"dispensations\": [], \"secondments\": [], \"active\": true, \"version\": 1}",
                "{\"username\": \"assessor2.dclg\", \"displayName\": null, \"employerOrganisationId\": \"GB-GOV-DCLG\","
                        + " \"interests\": [], \"dispensations\": [], \"secondments\": [], \"active\": true, \"version\": 1}",
                "{\"username\": \"assessor3.dclg\", \"displayName\": null, \"employerOrganisationId\": \"GB-GOV-DCLG\","
                        + " \"interests\": [], \"dispensations\": [], \"secondments\": [], \"active\": true, \"version\": 3}"));
        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("round", equalTo("tca-2026")), page(
                assignment("asg-7", BID_ID, TITLE, "assessor.dclg", "DECLINED", "CAPACITY: away"),
                assignment("asg-20", BID_ID, TITLE, "assessor.dclg", "ACCEPTED", null),
                assignment("asg-21", BID_ID, TITLE, "assessor2.dclg", "OFFERED", null),
                assignment("asg-22", "B-2026-0043", LONG_TITLE, "assessor2.dclg", "REVOKED", "the bid was withdrawn by the bid-service")));
        scoringService(get(urlPathEqualTo("/conflicts")).withQueryParam("bid", equalTo(BID_ID)), """
                [{"bidId": "B-2026-0042", "assessor": "assessor3.dclg", "rule": "INTEREST_DECLARED_IN_BID",
                  "participantId": null, "throughOrganisationId": null, "relation": null, "interestType": "OTHER",
                  "explanation": "The assessor declared an interest in this bid: My brother leads the programme", "dispensed": false},
                 {"bidId": "B-2026-0042", "assessor": "assessor.dclg", "rule": "EMPLOYER_RELATED_TO_PARTICIPANT",
                  "participantId": "GB-LAE-MSU", "throughOrganisationId": "GB-GOV-DCLG", "relation": "FUNDS",
                  "interestType": null, "explanation": "The assessor's employer GB-GOV-DCLG is related to participant GB-LAE-MSU (FUNDS)",
                  "dispensed": true}]
                """);
        scoringService(get(urlPathEqualTo("/conflicts")).withQueryParam("bid", equalTo("B-2026-0043")), "[]");
        scoringService(get(urlPathEqualTo("/schemes")).withQueryParam("round", equalTo("tca-2026")),
                uk.gov.tca.gateway.web.ScoringServiceAnswers.SCHEMES);
        // assessor.dclg, who accepted, has a draft of its scores
        scoringService(get(urlPathEqualTo("/assessments")).withQueryParam("round", equalTo("tca-2026")), page(
                uk.gov.tca.gateway.web.ScoringServiceAnswers.assessment("as-1", "assessor.dclg", "DRAFT", 2)));
    }

    @Test
    void theMatrixShowsEachBidAgainstEachAssessorWithTheLatestAssignmentAndWhyTheyConflict() {
        matrixStandIns();

        Document page = Pages.get(ROUND_PAGE + "/assignments");

        assertThat(page.select("#matrix thead th")).extracting(Element::text)
                .containsExactly("Bid", "assessor.dclg", "assessor2.dclg", "assessor3.dclg");
        assertThat(page.select("#matrix tbody th a")).extracting(e -> e.text() + " " + e.attr("href")).containsExactly(
                LONG_TITLE + " /app/bids/B-2026-0043", TITLE + " /app/bids/" + BID_ID);
        Element row = page.select("#matrix tbody tr").get(1);
        // accepted, and how far the scores have got
        assertThat(row.select("td").get(0).select(".govuk-tag--green").text()).isEqualTo("draft");
        assertThat(row.select("td").get(0).select(".govuk-details__text p").text())
                .isEqualTo("The assessor's employer GB-GOV-DCLG is related to participant GB-LAE-MSU (FUNDS) (dispensation in force)");
        assertThat(row.select("td").get(1).select(".govuk-tag").outerHtml())
                .isEqualTo("<strong class=\"govuk-tag govuk-tag--blue\">offered</strong>");
        assertThat(row.select("td").get(1).select("details")).isEmpty();
        assertThat(row.select("td").get(2).select(".govuk-tag--red").text()).isEqualTo("Conflict");
        assertThat(row.select("td").get(2).select(".govuk-details__text p").text())
                .isEqualTo("The assessor declared an interest in this bid: My brother leads the programme");
        // a conflict that blocks offers a dispensation; one already dispensed offers its revocation instead
        assertThat(row.select("td").get(2).select(".govuk-details__text a").text()).startsWith("Grant a dispensation");
        assertThat(row.select("td").get(2).select(".govuk-details__text a").attr("href"))
                .isEqualTo(ROUND_PAGE + "/dispensations?bid=" + BID_ID + "&assessor=assessor3.dclg");
        assertThat(row.select("td").get(0).select(".govuk-details__text a").text()).startsWith("Revoke the dispensation");
        // a bid is offered by hand only to an assessor not holding it
        assertThat(row.select("td")).extracting(td -> td.select("form.tca-offer").size()).containsExactly(0, 0, 1);
        Element other = page.select("#matrix tbody tr").get(0);
        assertThat(other.select("td")).extracting(td -> td.select(".govuk-tag").text()).containsExactly("", "revoked", "");
        assertThat(other.select("td")).extracting(td -> td.select("form.tca-offer input[name=assessor]").val())
                .containsExactly("assessor.dclg", "assessor2.dclg", "assessor3.dclg");
        assertThat(page.select("form[action=" + ROUND_PAGE + "/assignments/auto] button").text()).isEqualTo("Assign automatically");
    }

    @Test
    void aBidIsOfferedByHandAndAConflictedChoiceIsRefusedWithTheConflictExplained() {
        matrixStandIns();
        StandIns.problem("scoring", post(urlEqualTo("/assignments")), 409, """
                {"type": "urn:tca:problem:conflict-of-interest", "title": "Conflict of interest", "status": 409,
                 "violations": [{"field": "assessor", "message": "The assessor declared an interest in this bid: My brother leads the programme"}]}""");
        Document refused = Pages.html(Pages.formOn(ROUND_PAGE + "/assignments").formParam("bidId", BID_ID)
                .formParam("assessor", "assessor3.dclg").post(ROUND_PAGE + "/assignments/offer").then().statusCode(409)
                .extract().response());
        assertThat(refused.title()).startsWith("Error: ");
        assertThat(Pages.text(refused, ".govuk-error-summary")).isEqualTo("The bid could not be offered to assessor3.dclg "
                + "A conflict of interest stops it: The assessor declared an interest in this bid: My brother leads the programme");

        StandIns.answer("scoring", post(urlEqualTo("/assignments")), 201, "{}");
        String location = Pages.formOn(ROUND_PAGE + "/assignments").formParam("bidId", "B-2026-0043")
                .formParam("assessor", "assessor.dclg").post(ROUND_PAGE + "/assignments/offer").then().statusCode(303)
                .extract().header("Location");
        assertThat(location).endsWith(ROUND_PAGE + "/assignments?done=offered");
        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assignments"))
                .withRequestBody(equalToJson("{\"bidId\": \"B-2026-0043\", \"assessor\": \"assessor.dclg\"}")));
        assertThat(Pages.text(Pages.get(ROUND_PAGE + "/assignments?done=offered"), "#done")).startsWith("The bid was offered");
        // the address says only which of the page's own messages to show
        assertThat(Pages.get(ROUND_PAGE + "/assignments?done=%3Cb%3Ehi").select("#done")).isEmpty();
    }

    private static void profileOf(String assessor, String dispensations) {
        scoringService(get(urlPathEqualTo("/assessors/" + assessor)), "{\"username\": \"" + assessor + "\", "
                + "\"interests\": [], \"dispensations\": [" + dispensations + "], \"version\": 4}");
    }

    @Test
    void aDispensationInForceIsRevokedWithAReasonAndItsAssignmentEnds() {
        matrixStandIns();
        bidService(get(urlPathEqualTo("/bids/" + BID_ID)), uk.gov.tca.gateway.web.BidServiceAnswers.BID);
        profileOf("assessor.dclg", """
                {"id": "dsp-1", "bidId": "%s", "reason": "The funding relationship is the department's, not the team's",
                 "expires": "2099-03-31", "grantedBy": "manager.dclg"},
                {"id": "dsp-0", "bidId": "%s", "reason": "An earlier one, revoked", "expires": "2099-03-31",
                 "grantedBy": "manager.dclg", "revokedAt": "2026-05-01T10:00:00Z"},
                {"id": "dsp-2", "bidId": "B-OTHER", "reason": "For another bid altogether", "expires": "2099-03-31",
                 "grantedBy": "manager.dclg"}""".formatted(BID_ID, BID_ID));
        String address = ROUND_PAGE + "/dispensations?bid=" + BID_ID + "&assessor=assessor.dclg";

        Document page = Pages.get(address);
        // only the one in force for this bid, with what it was granted for and until when
        assertThat(page.select("#in-force .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Why it was granted The funding relationship is the department's, not the team's",
                "Granted by manager.dclg", "Last day it covers 31 March 2099");
        assertThat(page.select("form[action=" + ROUND_PAGE + "/dispensations/revocation] input[name=dispensation]").val())
                .isEqualTo("dsp-1");

        Document tooShort = Pages.html(Pages.formOn(address).formParam("bid", BID_ID).formParam("assessor", "assessor.dclg")
                .formParam("dispensation", "dsp-1").formParam("revokeReason", "no").post(ROUND_PAGE + "/dispensations/revocation")
                .then().statusCode(400).extract().response());
        assertThat(tooShort.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("#revokeReason Say why the dispensation is revoked, in at least 10 characters");
        Services.server("scoring").verify(0, postRequestedFor(urlPathEqualTo("/assessors/assessor.dclg/dispensations/dsp-1/revocation")));

        StandIns.answer("scoring", post(urlPathEqualTo("/assessors/assessor.dclg/dispensations/dsp-1/revocation")), 200, "{}");
        Pages.formOn(address).formParam("bid", BID_ID).formParam("assessor", "assessor.dclg").formParam("dispensation", "dsp-1")
                .formParam("revokeReason", "The team now holds the funding relationship itself")
                .post(ROUND_PAGE + "/dispensations/revocation").then().statusCode(303)
                .header("Location", endsWith(ROUND_PAGE + "/assignments?done=revoked"));
        Services.server("scoring").verify(postRequestedFor(urlPathEqualTo("/assessors/assessor.dclg/dispensations/dsp-1/revocation"))
                .withRequestBody(equalToJson("{\"reason\": \"The team now holds the funding relationship itself\"}")));
        assertThat(Pages.text(Pages.get(ROUND_PAGE + "/assignments?done=revoked"), "#done")).startsWith("Dispensation revoked");

        // revoked meanwhile by someone else: the service's refusal, on the page
        StandIns.problem("scoring", post(urlPathEqualTo("/assessors/assessor.dclg/dispensations/dsp-1/revocation")), 409,
                problem("conflict", "Conflict", 409, "the dispensation was revoked already, by manager2.dclg"));
        Document refused = Pages.html(Pages.formOn(address).formParam("bid", BID_ID).formParam("assessor", "assessor.dclg")
                .formParam("dispensation", "dsp-1").formParam("revokeReason", "The team now holds the funding relationship")
                .post(ROUND_PAGE + "/dispensations/revocation").then().statusCode(400).extract().response());
        assertThat(Pages.text(refused, ".govuk-error-summary a")).isEqualTo("The dispensation was revoked already, by manager2.dclg");
    }

    @Test
    void aDispensationIsGrantedWithAReasonAndTheLastDayItCovers() {
        matrixStandIns();
        bidService(get(urlPathEqualTo("/bids/" + BID_ID)), uk.gov.tca.gateway.web.BidServiceAnswers.BID);
        profileOf("assessor3.dclg", "");
        String address = ROUND_PAGE + "/dispensations?bid=" + BID_ID + "&assessor=assessor3.dclg";
        Document page = Pages.get(address);
        assertThat(page.select("#conflicts li")).extracting(Element::text)
                .containsExactly("The assessor declared an interest in this bid: My brother leads the programme");

        Document refused = Pages.html(Pages.formOn(address).formParam("bid", BID_ID).formParam("assessor", "assessor3.dclg")
                .formParam("reason", "short").formParam("expires-day", "31").formParam("expires-month", "2")
                .formParam("expires-year", "2030").post(ROUND_PAGE + "/dispensations").then().statusCode(400).extract().response());
        assertThat(refused.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text()).containsExactly(
                "#reason Say why the conflict does not stop this assessor, in at least 10 characters",
                "#expires-day The last day the dispensation covers must be a real date");
        assertThat(refused.select("#expires-day").val()).isEqualTo("31");
        Services.server("scoring").verify(0, postRequestedFor(urlPathEqualTo("/assessors/assessor3.dclg/dispensations")));

        StandIns.answer("scoring", post(urlPathEqualTo("/assessors/assessor3.dclg/dispensations")), 201, "{}");
        String location = Pages.formOn(address).formParam("bid", BID_ID).formParam("assessor", "assessor3.dclg")
                .formParam("reason", "His brother left the programme in May").formParam("expires-day", "31")
                .formParam("expires-month", "3").formParam("expires-year", "2030").post(ROUND_PAGE + "/dispensations")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith(ROUND_PAGE + "/assignments?done=dispensation");
        Services.server("scoring").verify(postRequestedFor(urlPathEqualTo("/assessors/assessor3.dclg/dispensations"))
                .withRequestBody(equalToJson("{\"bidId\": \"" + BID_ID + "\", \"reason\": \"His brother left the "
                        + "programme in May\", \"expires\": \"2030-03-31\"}")));
    }

    @Test
    void assigningAutomaticallySaysWhatWasMadeAndWhatFellShort() {
        matrixStandIns();
        StandIns.answer("scoring", post(urlEqualTo("/assignments/auto")), 200, """
                {"roundId": "tca-2026",
                 "created": [%s, %s],
                 "shortfalls": [{"bidId": "B-2026-0043", "missing": 1, "reason": "every other active assessor is conflicted"}]}
                """.formatted(assignment("asg-30", BID_ID, TITLE, "assessor2.dclg", "OFFERED", null),
                assignment("asg-31", "B-2026-0043", LONG_TITLE, "assessor.dclg", "OFFERED", null)));

        // POST-redirect-GET: the answer to the form is a redirect, so refreshing the page never assigns again
        String location = Pages.formOn(ROUND_PAGE + "/assignments").redirects().follow(false)
                .post(ROUND_PAGE + "/assignments/auto").then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith(ROUND_PAGE + "/assignments?made=2");

        Document page = Pages.html(io.restassured.RestAssured.given().get(ROUND_PAGE + "/assignments?made=2")
                .then().statusCode(200).extract().response());
        assertThat(Pages.text(page, "#auto-result")).isEqualTo("2 assignments made");
        // the scheme asks two assessors a bid: the long-titled bid has none holding it (its one was revoked)
        assertThat(Pages.text(page, "#auto-short")).startsWith("1 bid still needs assessors");
        assertThat(page.select("#matrix .needs-assessors")).extracting(Element::text).containsExactly("needs 2 more assessors");
        assertThat(page.select("#matrix")).hasSize(1);
        Services.server("scoring").verify(1, postRequestedFor(urlEqualTo("/assignments/auto")));
        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assignments/auto"))
                .withRequestBody(equalToJson("{\"roundId\": \"tca-2026\"}")));
    }

    @Test
    void aRefusedAutomaticAssignmentShowsTheServicesProblem() {
        matrixStandIns();
        StandIns.problem("scoring", post(urlEqualTo("/assignments/auto")), 409,
                problem("no-scheme", "Round has no scheme", 409, "Round tca-2026 has no scheme yet"));

        Document page = Pages.html(Pages.formOn(ROUND_PAGE + "/assignments").post(ROUND_PAGE + "/assignments/auto")
                .then().statusCode(409).extract().response());

        assertThat(Pages.text(page, ".govuk-error-summary")).isEqualTo("Round has no scheme Round tca-2026 has no scheme yet");
        assertThat(page.select("#auto-result")).isEmpty();
    }

    @Test
    void moderationListsTheQueueAndEveryScoredBidsSpreads() {
        String flagged = """
                {"bidId": "B-2026-0042", "roundId": "tca-2026", "title": "Babergh and Mid Suffolk: one front door",
                 "scores": {"bidId": "B-2026-0042", "assessments": 2, "weightedTotals": [2.2, 4.7], "meanTotal": 3.45,
                   "medianTotal": 3.45, "totalSpread": 2.5,
                   "criteria": [
                     {"criterion": "value-for-money", "weight": 0.3, "scores": [3, 4], "mean": 3.5, "min": 3, "max": 4,
                      "standardDeviation": 0.5, "moderatedScore": null, "moderationReason": null},
                     {"criterion": "collaboration", "weight": 0.7, "scores": [1, 5], "mean": 3, "min": 1, "max": 5,
                      "standardDeviation": 2, "moderatedScore": null, "moderationReason": null}],
                   "flagged": true, "flags": ["collaboration: spread 4 is over 2", "total spread 2.5 is over 1.5"],
                   "moderated": false, "finalScore": 3.45},
                 "moderations": []}
                """;
        String moderated = """
                {"bidId": "B-2026-0043", "roundId": "tca-2026", "title": null,
                 "scores": {"bidId": "B-2026-0043", "assessments": 1, "weightedTotals": [3.1], "meanTotal": 3.1,
                   "medianTotal": 3.1, "totalSpread": 0,
                   "criteria": [{"criterion": "value-for-money", "weight": 0.3, "scores": [3], "mean": 3, "min": 3, "max": 3,
                     "standardDeviation": 0, "moderatedScore": 4, "moderationReason": "Savings confirmed since"}],
                   "flagged": false, "flags": [], "moderated": true, "finalScore": 3.4},
                 "moderations": [{"id": 5, "bidId": "B-2026-0043", "criterion": "value-for-money", "score": 4,
                   "reason": "Savings confirmed since", "moderatedAt": "2026-06-10T10:00:00Z", "moderatedBy": "manager.dclg"}]}
                """;
        scoringService(get(urlPathEqualTo("/moderations")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("flagged", equalTo("true")), "[" + flagged + "]");
        scoringService(get(urlPathEqualTo("/moderations")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("flagged", absent()), "[" + flagged + "," + moderated + "]");

        Document page = Pages.get(ROUND_PAGE + "/moderation");

        assertThat(page.select("#queue tbody tr")).extracting(Element::text).containsExactly(
                TITLE + " 2.5 collaboration: spread 4 is over 2; total spread 2.5 is over 1.5");
        assertThat(page.select("#queue tbody a").attr("href")).isEqualTo(ROUND_PAGE + "/moderation/" + BID_ID);
        assertThat(page.select("#spreads tbody a").eachAttr("href")).containsExactly(ROUND_PAGE + "/moderation/" + BID_ID,
                ROUND_PAGE + "/moderation/B-2026-0043");
        assertThat(page.select("#spreads tbody tr")).extracting(Element::text).containsExactly(
                // criteria by the names the scheme gives them
                TITLE + " flagged 2 3.45 3.45 Value for money 3–4; Collaboration 1–5",
                "B-2026-0043 moderated 1 3.1 3.1 Value for money 3–3");

        scoringService(get(urlPathEqualTo("/moderations")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("flagged", equalTo("true")), "[]");
        assertThat(Pages.text(Pages.get(ROUND_PAGE + "/moderation"), "#queue-empty"))
                .startsWith("No scored bid needs moderation");
    }

    private static void bidModerationStandIns(String moderations) {
        scoringService(get(urlPathEqualTo("/moderations/" + BID_ID)), """
                {"bidId": "B-2026-0042", "roundId": "tca-2026", "title": "Babergh and Mid Suffolk: one front door",
                 "scores": {"bidId": "B-2026-0042", "assessments": 2, "meanTotal": 3.45, "medianTotal": 3.45,
                   "totalSpread": 2.5, "criteria": [
                     {"criterion": "value-for-money", "weight": 0.3, "scores": [3, 4], "mean": 3.5, "min": 3, "max": 4},
                     {"criterion": "collaboration", "weight": 0.45, "scores": [1, 5], "mean": 3, "min": 1, "max": 5,
                      "moderatedScore": 4, "moderationReason": "Panel: the shared workforce is real"},
                     {"criterion": "deliverability", "weight": 0.25, "scores": [3, 3], "mean": 3, "min": 3, "max": 3}],
                   "flagged": true, "flags": ["collaboration: spread 4 is over 2"], "moderated": true},
                 "moderations": %s}
                """.formatted(moderations));
        scoringService(get(urlPathEqualTo("/schemes")).withQueryParam("round", equalTo("tca-2026")),
                uk.gov.tca.gateway.web.ScoringServiceAnswers.SCHEMES);
        scoringService(get(urlPathEqualTo("/assessments")).withQueryParam("bid", equalTo(BID_ID)), page(
                uk.gov.tca.gateway.web.ScoringServiceAnswers.assessment("as-1", "assessor.dclg", "SUBMITTED", 3,
                        uk.gov.tca.gateway.web.ScoringServiceAnswers.score("value-for-money", 3, "Savings are modest", "HIGH", 3, null),
                        uk.gov.tca.gateway.web.ScoringServiceAnswers.score("collaboration", 1, "One council leads alone", "LOW", null, null)),
                uk.gov.tca.gateway.web.ScoringServiceAnswers.assessment("as-2", "assessor2.dclg", "SUBMITTED", 2,
                        uk.gov.tca.gateway.web.ScoringServiceAnswers.score("value-for-money", 4, "Strong payback", "MEDIUM", 3, null),
                        uk.gov.tca.gateway.web.ScoringServiceAnswers.score("collaboration", 5, "A shared workforce", "HIGH", null, null)),
                uk.gov.tca.gateway.web.ScoringServiceAnswers.assessment("as-3", "assessor3.dclg", "DRAFT", 1)));
    }

    @Test
    void aBidsModerationShowsItsAssessorsSideBySideAndRecordsAModeratedScoreOnce() {
        bidModerationStandIns("""
                [{"id": 4, "criterion": "collaboration", "score": 3, "reason": "First look", "moderatedAt": "2026-06-09T10:00:00Z",
                  "moderatedBy": "manager.dclg"},
                 {"id": 5, "criterion": "collaboration", "score": 4, "reason": "Panel: the shared workforce is real",
                  "moderatedAt": "2026-06-10T10:00:00Z", "moderatedBy": "manager.dclg"}]""");
        String address = ROUND_PAGE + "/moderation/" + BID_ID;
        Document page = Pages.get(address);
        // each criterion by name, its submitted assessors side by side (a draft is not among them)
        assertThat(Pages.text(page, "#criterion-collaboration")).startsWith("Collaboration");
        assertThat(page.select("#scores-collaboration tbody tr")).extracting(Element::text).containsExactly(
                "assessor.dclg 1 low One council leads alone", "assessor2.dclg 5 high A shared workforce");
        assertThat(page.select("#scores-deliverability tbody tr")).extracting(Element::text).containsExactly(
                "assessor.dclg not scored — —", "assessor2.dclg not scored — —");
        assertThat(Pages.text(page, "#moderated-collaboration")).isEqualTo("Moderated score 4: Panel: the shared workforce is real");
        assertThat(page.select(".govuk-details__text li")).extracting(Element::text).containsExactly(
                "3 on 9 June 2026 by manager.dclg: First look", "4 on 10 June 2026 by manager.dclg: Panel: the shared workforce is real");
        assertThat(page.select("#score option")).extracting(Element::text).startsWith("Choose a score", "0 – No evidence");
        assertThat(page.select("#reason").attr("aria-describedby")).isEqualTo("reason-hint");

        // refused by the page: each error in plain English, linked to its field, and what was typed kept
        Response refused = Pages.formOn(address).formParam("criterion", "collaboration").formParam("reason", "short")
                .post(address).then().statusCode(400).extract().response();
        Document again = Pages.html(refused);
        assertThat(again.title()).startsWith("Error: ");
        assertThat(again.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text()).containsExactly(
                "#score Select the moderated score",
                "#reason Say why the panel moderated the score, in at least 10 characters");
        assertThat(again.select("#criterion option[selected]").val()).isEqualTo("collaboration");
        assertThat(again.select("#reason").text()).isEqualTo("short");
        assertThat(again.select("#reason").attr("aria-describedby")).isEqualTo("reason-hint reason-error");
        Services.server("scoring").verify(0, postRequestedFor(urlPathEqualTo("/moderations/" + BID_ID)));

        // refused by the scoring-service: its words, at the field it names
        StandIns.problem("scoring", post(urlPathEqualTo("/moderations/" + BID_ID)), 400, """
                {"type": "urn:tca:problem:validation", "title": "Request is not valid", "status": 400,
                 "violations": [{"field": "score", "message": "must be on the scheme's scale, 0 to 5"}]}""");
        Document service = Pages.html(Pages.formOn(address).formParam("criterion", "collaboration").formParam("score", "5")
                .formParam("reason", "Panel: the shared workforce is real").post(address).then().statusCode(400).extract().response());
        assertThat(service.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("#score Must be on the scheme's scale, 0 to 5");

        // recorded: a redirect to the page with the confirmation, so a refresh never records it again
        StandIns.answer("scoring", post(urlPathEqualTo("/moderations/" + BID_ID)), 201, "{}");
        String location = Pages.formOn(address).formParam("criterion", "collaboration").formParam("score", "4")
                .formParam("reason", "Panel: the shared workforce is real").post(address).then().statusCode(303)
                .extract().header("Location");
        assertThat(location).endsWith(address + "?recorded=collaboration");
        Services.server("scoring").verify(postRequestedFor(urlPathEqualTo("/moderations/" + BID_ID))
                .withRequestBody(equalToJson("{\"criterion\": \"collaboration\", \"score\": 4, "
                        + "\"reason\": \"Panel: the shared workforce is real\"}")));
        assertThat(Pages.text(Pages.get(address + "?recorded=collaboration"), "#recorded"))
                .contains("Moderated score for Collaboration recorded");
        // a made-up criterion in the address is not echoed
        assertThat(Pages.get(address + "?recorded=%3Cscript%3E").select("#recorded")).isEmpty();
    }

    @Test
    void aBidOfAnotherRoundIsNotModeratedFromThisOne() {
        bidModerationStandIns("[]");
        RestAssured.given().get("/app/rounds/other-round/moderation/" + BID_ID).then().statusCode(404);
    }

    private static void noDecisionsYet() {
        StandIns.problem("scoring", get(urlEqualTo("/decisions/tca-2026")), 404,
                problem("not-found", "Not found", 404, "Decisions of round tca-2026 was not found"));
        scoringService(get(urlEqualTo("/schemes?round=tca-2026")), ScoringServiceAnswers.SCHEMES
                .replace("\"assessorsPerBid\": 2,", "\"assessorsPerBid\": 2, \"minimumQualityScore\": 2.5,"));
    }

    @Test
    void theRankingIsATableAndAChartAgainstTheBudgetWithTheBudgetToAllocate() throws Exception {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        noDecisionsYet();

        Document page = Pages.get(ROUND_PAGE + "/ranking");

        assertThat(Pages.text(page, "h1 + p")).startsWith("Budget £400,000. Higher final score; then higher score");
        assertThat(page.select("#ranking tbody tr")).extracting(Element::text).containsExactly(
                "1 " + TITLE + " 3.85 £250,000 £250,000 Yes",
                "2 " + LONG_TITLE + " not moderated 3.1 £200,000.50 £450,000.50 No");
        JsonNode chart = new ObjectMapper().readTree(page.selectFirst("#ranking-chart").attr("data-chart"));
        assertThat(chart.path("labels").toString())
                .isEqualTo("[\"#1 " + TITLE + "\",\"#2 " + LONG_TITLE.substring(0, 39) + "…\"]");
        assertThat(chart.path("sought").get(1).decimalValue()).isEqualByComparingTo("200000.50");
        assertThat(chart.path("cumulative").get(1).decimalValue()).isEqualByComparingTo("450000.50");
        assertThat(chart.path("withinBudget").toString()).isEqualTo("[true,false]");
        assertThat(chart.path("budget").decimalValue()).isEqualByComparingTo("400000");
        assertThat(page.select("#decision-lines, #decision-status")).isEmpty();
        assertThat(page.select("form[action=" + ROUND_PAGE + "/decisions] button").text()).isEqualTo("Allocate the budget");
        assertThat(page.select("form[action=" + ROUND_PAGE + "/publication], #download-json, #discard")).isEmpty();
        // the usual rule is offered first; the scheme's minimum quality score and what is not ready are said
        assertThat(page.select("input[name=mode][checked]").val()).isEqualTo("WHOLE_AWARDS_ONLY");
        assertThat(Pages.text(page, "#mode-hint")).isEqualTo("Bids are funded in rank order; none scored below the "
                + "scheme's minimum quality score of 2.5.");
        assertThat(Pages.text(page, "#not-ready")).isEqualTo("! Warning Not every bid is ready: 1 bid has no submitted "
                + "assessment and 1 bid is flagged and not moderated. Allocating now puts the funding line where these "
                + "scores leave it.");
        assertThat(page.select("textarea#notReadyReason").attr("aria-describedby")).isEqualTo("notReadyReason-hint");
        assertThat(page.select("a.govuk-tag[href=" + ROUND_PAGE + "/moderation/B-2026-0043]").text())
                .isEqualTo("not moderated");
    }

    /** A round of many bids: rank r seeks £1,000 × r and scores lower the lower it ranks. */
    private static String rankingOf(int bids) {
        StringBuilder lines = new StringBuilder();
        for (int r = 1; r <= bids; r++) {
            lines.append(r == 1 ? "" : ",").append("""
                    {"rank": %d, "bidId": "B-%05d", "title": "Bid number %d", "amountSought": %d, "score": %s,
                     "flaggedUnmoderated": false, "cumulativeAmountSought": %d, "withinBudget": %s}""".formatted(r, r, r,
                    1000 * r, java.math.BigDecimal.valueOf(5000 - r, 3).toPlainString(), 500 * r * (r + 1), r <= 20));
        }
        return "{\"budget\": 210000, \"tieRule\": \"Higher final score\", \"lines\": [" + lines + "], \"unscored\": []}";
    }

    @Test
    void aLongRankingIsReadAPageAtATimeInTheOrderChosen() throws Exception {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), rankingOf(120));
        noDecisionsYet();

        Document first = Pages.get(ROUND_PAGE + "/ranking");
        assertThat(first.select("#ranking tbody tr")).hasSize(50);
        assertThat(first.select("#ranking tbody tr").first().text()).startsWith("1 Bid number 1 ");
        assertThat(first.select("nav.govuk-pagination[aria-label=\"The ranking's pages\"] a[aria-current=page]").text())
                .isEqualTo("1");
        assertThat(first.select("nav.govuk-pagination[aria-label=\"The ranking's pages\"] .govuk-pagination__next a")
                .attr("href")).isEqualTo("?page=2&sort=rank");
        // the chart draws the first 200 at most; this round's 120 all
        JsonNode chart = new ObjectMapper().readTree(first.selectFirst("#ranking-chart").attr("data-chart"));
        assertThat(chart.path("labels")).hasSize(120);

        Document third = Pages.get(ROUND_PAGE + "/ranking?page=3&sort=sought");
        // by amount sought, largest first: the third page holds ranks 20 down to 1
        assertThat(third.select("#ranking tbody tr")).hasSize(20);
        assertThat(third.select("#ranking tbody tr").first().text()).startsWith("20 Bid number 20 ");
        assertThat(third.select("#ranking th[aria-sort=descending]").text()).isEqualTo("Sought");
        assertThat(Pages.text(third, "nav.govuk-pagination + p")).isEqualTo("101 to 120 of 120");
        // what the address says is only ever a page number or a known order
        Document odd = Pages.get(ROUND_PAGE + "/ranking?page=%3Cb%3E&sort=%22onload");
        assertThat(odd.select("#ranking tbody tr").first().text()).startsWith("1 Bid number 1 ");
        assertThat(odd.html()).doesNotContain("onload");
        assertThat(Pages.get(ROUND_PAGE + "/ranking?page=999").select("#ranking tbody tr")).hasSize(20);
    }

    @Test
    void aRoundWhoseBidsAreAllReadyAsksForNoReason() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), READY_RANKING);
        noDecisionsYet();

        Document page = Pages.get(ROUND_PAGE + "/ranking");

        assertThat(page.select("#not-ready, #notReadyReason")).isEmpty();
    }

    @Test
    void draftDecisionsAreListedAndCanBeAllocatedAgainOrPublished() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("DRAFT"));

        Document page = Pages.get(ROUND_PAGE + "/ranking");

        assertThat(Pages.text(page, "#decision-status")).isEqualTo("Status: draft. Awarded £400,000 of £400,000.");
        assertThat(page.select("#decision-lines tbody tr")).extracting(Element::text).containsExactly(
                "1 " + TITLE + " funded £250,000",
                "2 " + LONG_TITLE + " part funded £150,000 Changed by manager.dclg: The marginal bid, funded in part");
        // the part-funded marginal bid is within the budget in part, not "No"
        assertThat(page.select("#ranking tbody tr td:last-child")).extracting(Element::text)
                .containsExactly("Yes", "In part: £150,000 of £200,000.50");
        assertThat(page.select("#decision-policy .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Rule Funded in rank order; the first bid that does not fit is offered what is left when that is at least "
                        + "50% of what it sought",
                "Minimum quality score None set by the scheme");
        // the option last chosen is the one offered again
        assertThat(page.select("input[name=mode][checked]").val()).isEqualTo("PART_FUND_MARGINAL");
        assertThat(page.select("#minimumShare").val()).isEqualTo("50");
        assertThat(page.select("#part-funding #minimumShare")).hasSize(1);
        assertThat(page.select("#discard").attr("href")).isEqualTo(ROUND_PAGE + "/decisions/discard");
        assertThat(page.select("form[action=" + ROUND_PAGE + "/decisions] button").text()).isEqualTo("Allocate again");
        // publishing starts from a check of what becomes public, never from the ranking in one press
        assertThat(page.select("form[action=" + ROUND_PAGE + "/publication]")).isEmpty();
        assertThat(page.select("#check-publication").attr("href")).isEqualTo(ROUND_PAGE + "/publication");
        assertThat(page.select("#download-json")).isEmpty();

        Document check = Pages.get(ROUND_PAGE + "/publication");
        assertThat(check.select("#public-awards tbody tr")).extracting(Element::text).containsExactly(
                TITLE + " funded £250,000", LONG_TITLE + " part funded £150,000");
        assertThat(check.select("#publication-summary .govuk-summary-list__row")).extracting(Element::text).startsWith(
                "Total awarded £400,000 of a budget of £400,000", "Councils told they are not funded 0", "Held in reserve 0");
        assertThat(check.select("form[action=" + ROUND_PAGE + "/publication] button").text()).isEqualTo("Publish decisions");
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/decisions/tca-2026/publication")));
    }

    @Test
    void theCheckBeforePublishingIsNotThereOnceTheDecisionsArePublished() {
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("PUBLISHED"));
        RestAssured.given().redirects().follow(false).get(ROUND_PAGE + "/publication").then().statusCode(303)
                .header("Location", endsWith(ROUND_PAGE + "/ranking"));
    }

    @Test
    void publishedDecisionsOfferTheOpenDataAndNoMoreChanges() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("PUBLISHED"));

        Document page = Pages.get(ROUND_PAGE + "/ranking");

        assertThat(Pages.text(page, "#decision-status")).startsWith("Status: published.");
        assertThat(page.select("main form, #discard")).isEmpty();
        assertThat(page.select("#download-json").attr("href")).isEqualTo(ROUND_PAGE + "/360giving.json");
        assertThat(page.select("a[href=" + ROUND_PAGE + "/360giving.csv]")).hasSize(1);
    }

    @Test
    void decidingSendsTheRuleTheShareAndTheReasonAndGoesBackToTheRanking() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        noDecisionsYet();
        StandIns.answer("scoring", post(urlEqualTo("/decisions/tca-2026")), 200, decisions("DRAFT"));

        Pages.formOn(ROUND_PAGE + "/ranking").formParam("mode", "PART_FUND_MARGINAL").formParam("minimumShare", "40")
                .formParam("notReadyReason", "  A draft for Thursday's panel  ")
                .formParam("note", " Panel of 3 December, minute 4 ").post(ROUND_PAGE + "/decisions")
                .then().statusCode(303).header("Location", endsWith(ROUND_PAGE + "/ranking?done=allocated#decisions"));

        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/decisions/tca-2026"))
                .withRequestBody(equalToJson("{\"mode\": \"PART_FUND_MARGINAL\", \"minimumShare\": 0.4, "
                        + "\"notReadyReason\": \"A draft for Thursday's panel\", \"note\": \"Panel of 3 December, minute 4\"}")));
        Document after = Pages.get(ROUND_PAGE + "/ranking?done=allocated");
        assertThat(Pages.text(after, "#done")).isEqualTo("Success The budget is allocated as a draft: check the decisions below");
        assertThat(Pages.get(ROUND_PAGE + "/ranking?done=<script>").select("#done")).isEmpty();
    }

    @Test
    void allocatingBeforeEveryBidIsReadyAsksWhyAndAServiceRefusalLandsOnTheField() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        noDecisionsYet();

        Document noReason = Pages.html(Pages.formOn(ROUND_PAGE + "/ranking").formParam("mode", "PART_FUND_MARGINAL")
                .formParam("minimumShare", "150").post(ROUND_PAGE + "/decisions").then().statusCode(400).extract().response());
        assertThat(noReason.title()).startsWith("Error: Ranking and decisions");
        assertThat(noReason.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text()).containsExactly(
                "#minimumShare Enter the least share as a whole number from 1 to 100",
                "#notReadyReason Say why you are allocating before every bid is scored and moderated");
        Document shortNote = Pages.html(Pages.formOn(ROUND_PAGE + "/ranking").formParam("mode", "WHOLE_AWARDS_ONLY")
                .formParam("notReadyReason", "A draft for Thursday's panel").formParam("note", "minute")
                .post(ROUND_PAGE + "/decisions").then().statusCode(400).extract().response());
        assertThat(shortNote.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("#note The note must be 10 characters or more");
        assertThat(shortNote.select("textarea#note").text()).isEqualTo("minute");
        assertThat(noReason.select("#minimumShare").attr("aria-describedby")).isEqualTo("minimumShare-hint minimumShare-error");
        assertThat(noReason.select("#minimumShare").val()).isEqualTo("150"); // what was typed, kept
        assertThat(noReason.select("input[name=mode][checked]").val()).isEqualTo("PART_FUND_MARGINAL");
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/decisions/tca-2026")));

        // the service's own refusal (the round changed between the page and the press) against the reason's field
        scoringService(get(urlEqualTo("/rankings/tca-2026")), READY_RANKING);
        StandIns.problem("scoring", post(urlEqualTo("/decisions/tca-2026")), 409, """
                {"type": "urn:tca:problem:round-not-ready", "title": "Round is not ready to allocate", "status": 409,
                 "detail": "Round tca-2026 is not ready to allocate: 1 bid has no submitted assessment (B-2026-0045: no submitted assessment).",
                 "violations": [{"field": "notReadyReason", "message": "give the reason to allocate while 1 bid has no submitted assessment"}]}
                """);
        Document refused = Pages.html(Pages.formOn(ROUND_PAGE + "/ranking").formParam("mode", "WHOLE_AWARDS_ONLY")
                .post(ROUND_PAGE + "/decisions").then().statusCode(400).extract().response());
        assertThat(refused.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("#notReadyReason Give the reason to allocate while 1 bid has no submitted assessment");
        assertThat(refused.select("textarea#notReadyReason")).hasSize(1);
    }

    @Test
    void aDraftIsDiscardedFromACheckByTheVersionItShowed() {
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("DRAFT"));
        Services.server("scoring").stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlEqualTo("/decisions/tca-2026")).willReturn(aResponse().withStatus(204)));

        Document check = Pages.get(ROUND_PAGE + "/decisions/discard");
        assertThat(Pages.text(check, "h1")).isEqualTo("Are you sure you want to discard the draft decisions?");
        assertThat(check.select("#discard-summary .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Decisions 2, awarding £400,000 of £400,000", "Changed by hand 1");
        Pages.formOn(ROUND_PAGE + "/decisions/discard").formParam("version", check.select("input[name=version]").val())
                .post(ROUND_PAGE + "/decisions/discard").then().statusCode(303)
                .header("Location", endsWith(ROUND_PAGE + "/ranking?done=discarded#decisions"));
        Services.server("scoring").verify(com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                urlEqualTo("/decisions/tca-2026")).withHeader("If-Match", equalTo("\"2\"")));

        // changed by someone else since the check: nothing is discarded, and the page says so
        StandIns.problem("scoring", com.github.tomakehurst.wiremock.client.WireMock.delete(urlEqualTo("/decisions/tca-2026")),
                412, problem("stale-version", "Version is stale", 412, "The decisions changed"));
        Document stale = Pages.html(Pages.formOn(ROUND_PAGE + "/decisions/discard").formParam("version", "1")
                .post(ROUND_PAGE + "/decisions/discard").then().statusCode(412).extract().response());
        assertThat(stale.title()).startsWith("Error: ");
        assertThat(Pages.text(stale, ".govuk-error-summary")).contains("The decisions changed since you opened this page");

        // nothing to discard once published
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("PUBLISHED"));
        RestAssured.given().redirects().follow(false).get(ROUND_PAGE + "/decisions/discard").then().statusCode(303)
                .header("Location", endsWith(ROUND_PAGE + "/ranking"));
    }

    @Test
    void decidingWithoutAModeOrRefusedShowsWhyOnTheRanking() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("DRAFT"));

        Document noMode = Pages.html(Pages.formOn(ROUND_PAGE + "/ranking").formParam("mode", "EVERYTHING")
                .formParam("notReadyReason", "A draft for the panel to discuss").post(ROUND_PAGE + "/decisions")
                .then().statusCode(400).extract().response());
        assertThat(Pages.text(noMode, ".govuk-error-summary"))
                .isEqualTo("There is a problem Select how the budget should be allocated");
        assertThat(noMode.select(".govuk-error-summary a").attr("href")).isEqualTo("#mode");
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/decisions/tca-2026")));

        StandIns.problem("scoring", post(urlEqualTo("/decisions/tca-2026/publication")), 409,
                problem("conflict", "Conflict", 409, "Bid B-2026-0043 is not moderated"));
        Document refused = Pages.html(Pages.formOn(ROUND_PAGE + "/ranking").post(ROUND_PAGE + "/publication")
                .then().statusCode(409).extract().response());
        assertThat(Pages.text(refused, ".govuk-error-summary")).isEqualTo("There is a problem Bid B-2026-0043 is not moderated");
        assertThat(refused.select("#ranking tbody tr")).hasSize(2);
    }

    @Test
    void publishingAsksTheServiceOnceAndGoesBackToTheRanking() {
        scoringService(get(urlEqualTo("/rankings/tca-2026")), RANKING);
        scoringService(get(urlEqualTo("/decisions/tca-2026")), decisions("DRAFT"));
        StandIns.answer("scoring", post(urlEqualTo("/decisions/tca-2026/publication")), 200, decisions("PUBLISHED"));

        Pages.formOn(ROUND_PAGE + "/ranking").post(ROUND_PAGE + "/publication").then().statusCode(303)
                .header("Location", endsWith(ROUND_PAGE + "/ranking"));

        Services.server("scoring").verify(1, postRequestedFor(urlEqualTo("/decisions/tca-2026/publication")));
    }

    @Test
    void theOpenDataIsDownloadedAsTheServiceWroteIt() {
        Services.server("scoring").stubFor(get(urlPathEqualTo("/exports/360giving")).withQueryParam("round", equalTo("tca-2026"))
                .withQueryParam("format", equalTo("csv")).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/csv").withBody("Identifier,Title\n360G-dclg-tca-B-2026-0042,One front door\n")));

        Response download = RestAssured.given().get(ROUND_PAGE + "/360giving.csv").then().statusCode(200).extract().response();

        assertThat(download.contentType()).startsWith("text/csv");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"tca-2026-360giving.csv\"");
        assertThat(download.body().asString()).isEqualTo("Identifier,Title\n360G-dclg-tca-B-2026-0042,One front door\n");
    }

    @Test
    @TestSecurity(user = "assessor.dclg", roles = "assessor")
    void anAssessorMayNotSeeTheManagersPages() {
        Document page = Pages.get("/app/rounds/tca-2026/ranking", 403);

        assertThat(Pages.text(page, "h1")).isEqualTo("You do not have access to this page");
        Services.server("scoring").verify(0, anyRequestedFor(anyUrl()));
        Services.server("bid").verify(0, anyRequestedFor(anyUrl()));
    }
}
