package uk.gov.tca.gateway.web.assessor;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID_ID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.TITLE;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.ASSESSOR;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.assignment;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.page;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.problem;
import static uk.gov.tca.gateway.web.StandIns.scoringService;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;
import uk.gov.tca.gateway.web.Pages;
import uk.gov.tca.gateway.web.StandIns;

/** An assessor's assignments: what each row offers by its status, and accepting or declining, with htmx or without. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = ASSESSOR, roles = "assessor")
@OidcSecurity
class AssignmentPagesTests {

    private static final String OFFERED = assignment("asg-7", BID_ID, TITLE, ASSESSOR, "OFFERED", null);
    private static final String ACCEPTED = assignment("asg-7", BID_ID, TITLE, ASSESSOR, "ACCEPTED", null);

    @BeforeEach
    void standIns() {
        Services.reset();
        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("size", equalTo("100")), page(OFFERED,
                assignment("asg-8", "B-2026-0050", "Cheshire West: integrated early help", ASSESSOR, "ACCEPTED", null),
                assignment("asg-9", "B-2026-0051", null, ASSESSOR, "DECLINED", "CAPACITY: On leave for the whole window"),
                assignment("asg-10", "B-2026-0052", "Sefton: one public estate", ASSESSOR, "REVOKED",
                        "the bid was withdrawn by the bid-service")));
        scoringService(get(urlEqualTo("/assignments/asg-7")), OFFERED);
    }

    @Test
    void eachAssignmentOffersWhatItsStatusAllows() {
        Document page = Pages.get("/app/assignments");

        assertThat(page.select("#assignments tbody tr")).extracting(Element::id)
                .containsExactly("assignment-asg-7", "assignment-asg-8", "assignment-asg-9", "assignment-asg-10");
        Element offered = page.selectFirst("#assignment-asg-7");
        assertThat(offered.select("a[href=/app/bids/" + BID_ID + "]").text()).isEqualTo(TITLE);
        assertThat(offered.select("td").get(1).text()).isEqualTo("tca-2026");
        assertThat(offered.select(".govuk-tag").outerHtml()).isEqualTo("<strong class=\"govuk-tag govuk-tag--blue\">offered</strong>");
        assertThat(offered.select("form[action=/app/assignments/asg-7/accept]").attr("hx-post")).isEqualTo("/app/assignments/asg-7/accept");
        assertThat(offered.select("form[action=/app/assignments/asg-7/decline] input[name=reason]")).extracting(e -> e.attr("value"))
                .containsExactly("CONFLICT_FOUND", "CAPACITY", "OTHER");
        assertThat(offered.select("a[href=/app/interests?bid=" + BID_ID + "]").text()).isEqualTo("Declare an interest in this bid");

        Element accepted = page.selectFirst("#assignment-asg-8");
        assertThat(accepted.select(".govuk-tag--green").text()).isEqualTo("accepted");
        assertThat(accepted.select("a[href=/app/bids/B-2026-0050/assessment]").text()).isEqualTo("Score this bid Cheshire West: integrated early help");
        assertThat(accepted.select("form")).isEmpty();

        // a bid no longer the assessor's to read is named, not linked; the bid's id stands in for a missing title
        Element declined = page.selectFirst("#assignment-asg-9");
        assertThat(declined.select("td").first().text()).isEqualTo("B-2026-0051");
        assertThat(declined.select(".govuk-tag--grey").text()).isEqualTo("declined");
        assertThat(declined.select(".govuk-body-s").text()).isEqualTo("CAPACITY: On leave for the whole window");
        Element revoked = page.selectFirst("#assignment-asg-10");
        assertThat(revoked.select("td").first().text()).isEqualTo("Sefton: one public estate");
        assertThat(declined.select("a").isEmpty() && revoked.select("a").isEmpty()).as("no links in rows without access").isTrue();
        assertThat(page.select(".govuk-error-message, .govuk-error-summary")).isEmpty();
    }

    @Test
    void anAssignmentWhoseScoresAreSubmittedSaysSo() {
        scoringService(get(urlPathEqualTo("/assessments")).withQueryParam("assessor", equalTo(ASSESSOR)), page("""
                {"id": "as-9", "bidId": "B-2026-0050", "roundId": "tca-2026", "assessor": "assessor.dclg",
                 "status": "SUBMITTED", "scores": [], "version": 3}"""));
        Document page = Pages.get("/app/assignments");
        assertThat(page.select("#assignment-asg-8 .govuk-tag").text()).isEqualTo("submitted");
        // an offer stays an offer, whatever the scores of others
        assertThat(page.select("#assignment-asg-7 .govuk-tag").text()).isEqualTo("offered");
    }

    @Test
    void anAssessorWithoutAssignmentsIsToldSo() {
        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("size", equalTo("100")), page());

        Document page = Pages.get("/app/assignments");

        assertThat(page.select("#assignments")).isEmpty();
        assertThat(Pages.text(page, "main .govuk-body")).isEqualTo("You have no assignments yet.");
    }

    @Test
    void acceptingWithHtmxAnswersWithTheRowAsTheServiceNowHasIt() {
        Services.server("scoring").stubFor(get(urlEqualTo("/assignments/asg-7"))
                .inScenario("accept").whenScenarioStateIs("accepted").willReturn(
                        okJson(ACCEPTED)));
        Services.server("scoring").stubFor(post(urlEqualTo("/assignments/asg-7/acceptance")).inScenario("accept")
                .willSetStateTo("accepted").willReturn(okJson(ACCEPTED)));

        Element row = Pages.row(Pages.htmxFormOn("/app/assignments").post("/app/assignments/asg-7/accept")
                .then().statusCode(200).extract().response());

        assertThat(row.id()).isEqualTo("assignment-asg-7");
        assertThat(row.select(".govuk-tag").text()).isEqualTo("accepted");
        assertThat(row.select("a[href=/app/bids/" + BID_ID + "/assessment]")).hasSize(1);
        Services.server("scoring").verify(1, postRequestedFor(urlEqualTo("/assignments/asg-7/acceptance")));
    }

    @Test
    void acceptingWithoutJavaScriptGoesBackToTheList() {
        StandIns.answer("scoring", post(urlEqualTo("/assignments/asg-7/acceptance")), 200, ACCEPTED);

        Pages.formOn("/app/assignments").post("/app/assignments/asg-7/accept").then().statusCode(303)
                .header("Location", endsWith("/app/assignments"));
    }

    @Test
    void decliningSendsTheReasonAndTheNote() {
        StandIns.answer("scoring", post(urlEqualTo("/assignments/asg-7/decline")), 200,
                assignment("asg-7", BID_ID, TITLE, ASSESSOR, "DECLINED", "CAPACITY: On leave"));

        Pages.formOn("/app/assignments").formParam("reason", "CAPACITY").formParam("note", "On leave")
                .post("/app/assignments/asg-7/decline").then().statusCode(303);

        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assignments/asg-7/decline"))
                .withRequestBody(equalToJson("{\"reason\": \"CAPACITY\", \"note\": \"On leave\"}")));
    }

    @Test
    void aDeclineWithoutAReasonIsNotSentAndTheRowSaysWhy() {
        Element row = Pages.row(Pages.htmxFormOn("/app/assignments").formParam("note", "")
                .post("/app/assignments/asg-7/decline").then().statusCode(200).extract().response());

        assertThat(row.select(".govuk-error-message").text()).isEqualTo("Error: Choose why you are declining");
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/assignments/asg-7/decline")));
    }

    /** Without JavaScript the whole list comes back: the refusal in the summary and beside the one row it concerns. */
    @Test
    void aRefusalWithoutJavaScriptIsSummarisedAndShownBesideItsRowOnly() {
        StandIns.problem("scoring", post(urlEqualTo("/assignments/asg-7/acceptance")), 409,
                problem("conflict", "Conflict", 409, "an assignment that is DECLINED cannot be accepted"));

        Document page = Pages.html(Pages.formOn("/app/assignments").post("/app/assignments/asg-7/accept")
                .then().statusCode(409).extract().response());

        assertThat(Pages.text(page, ".govuk-error-summary")).isEqualTo("There is a problem An assignment that is DECLINED cannot be accepted");
        assertThat(page.select("tr:has(.govuk-error-message)")).extracting(Element::id).containsExactly("assignment-asg-7");
        assertThat(Pages.text(page, "#assignment-asg-7 .govuk-error-message"))
                .isEqualTo("Error: An assignment that is DECLINED cannot be accepted");
    }

    @Test
    void aRefusalWithHtmxIsShownInTheRow() {
        StandIns.problem("scoring", post(urlEqualTo("/assignments/asg-7/decline")), 409,
                problem("conflict", "Conflict", 409, "the assessment of this bid is submitted; it cannot be declined now"));

        Element row = Pages.row(Pages.htmxFormOn("/app/assignments").formParam("reason", "OTHER")
                .post("/app/assignments/asg-7/decline").then().statusCode(200).extract().response());

        assertThat(row.select(".govuk-error-message").text())
                .isEqualTo("Error: The assessment of this bid is submitted; it cannot be declined now");
        assertThat(row.select(".govuk-tag").text()).isEqualTo("offered");
    }

    @Test
    void anAssignmentThatIsNotTheAssessorsIsNotFound() {
        StandIns.problem("scoring", post(urlEqualTo("/assignments/asg-99/acceptance")), 404,
                problem("not-found", "Not found", 404, "Assignment asg-99 was not found"));

        Document page = Pages.html(Pages.htmxFormOn("/app/assignments").post("/app/assignments/asg-99/accept")
                .then().statusCode(404).extract().response());

        assertThat(Pages.text(page, "h1")).isEqualTo("Page not found");
    }
}
