package uk.gov.tca.gateway.web.assessor;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID_ID;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.ASSESSOR;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.ASSESSOR_PROFILE;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.problem;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.validation;
import static uk.gov.tca.gateway.web.StandIns.scoringService;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;
import uk.gov.tca.gateway.web.Pages;
import uk.gov.tca.gateway.web.StandIns;

/** Declaring an interest: the form, the interests already declared, and the scoring-service's word on a declaration. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = ASSESSOR, roles = "assessor")
@OidcSecurity
class InterestPageTests {

    private static final String PAGE = "/app/interests";

    @BeforeEach
    void standIns() {
        Services.reset();
        scoringService(get(urlEqualTo("/assessors/" + ASSESSOR)), ASSESSOR_PROFILE);
        // the bids the assessor was offered, and the register as searched and read for names
        scoringService(get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/assignments")),
                uk.gov.tca.gateway.web.ScoringServiceAnswers.page(uk.gov.tca.gateway.web.ScoringServiceAnswers.assignment(
                        "asg-7", BID_ID, uk.gov.tca.gateway.web.BidServiceAnswers.TITLE, ASSESSOR, "ACCEPTED", null)));
        StandIns.answer("partner", get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/organisations"))
                .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Babergh")), 200, """
                {"items": [{"id": "GB-LAE-BAB", "legalName": "Babergh District Council"}], "page": 0, "size": 20, "total": 1}""");
        StandIns.answer("partner", get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/organisations"))
                .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Nowhere")), 200,
                "{\"items\": [], \"page\": 0, \"size\": 20, \"total\": 0}");
        StandIns.answer("partner", get(urlEqualTo("/organisations/GB-LAE-BAB")), 200,
                "{\"id\": \"GB-LAE-BAB\", \"legalName\": \"Babergh District Council\"}");
    }

    @Test
    void theFormNamesTheBidItCameFromAndTheInterestsAlreadyDeclaredAreListed() {
        Document page = Pages.get(PAGE + "?bid=" + BID_ID);

        // a bid is chosen among those offered, never typed; an organisation only once found on the register
        assertThat(page.select("#bidId option")).extracting(e -> e.val() + " " + e.text())
                .containsExactly(" Not one bid", BID_ID + " " + uk.gov.tca.gateway.web.BidServiceAnswers.TITLE);
        assertThat(page.select("#bidId option[selected]").val()).isEqualTo(BID_ID);
        assertThat(page.select("input[type=text]#organisationId, #organisations")).isEmpty();
        assertThat(page.select("input[type=radio][checked]")).extracting(Element::id).containsExactly("holder");
        assertThat(page.select("#declared li")).extracting(Element::text).containsExactly(
                "disclosable pecuniary in Babergh District Council: I own shares in a supplier to Babergh",
                "other in “" + uk.gov.tca.gateway.web.BidServiceAnswers.TITLE + "”: My partner advised on the bid's business case");
        assertThat(page.select(".govuk-error-summary")).isEmpty();
    }

    @Test
    void anOrganisationIsChosenFromTheRegisterAsSearched() {
        Document found = Pages.get(PAGE + "?q=Babergh");
        assertThat(found.select("#organisations .govuk-radios__item")).extracting(Element::text)
                .containsExactly("Babergh District Council", "The interest is not in an organisation");
        assertThat(found.select("#organisations input[name=organisationId]").eachAttr("value")).containsExactly("GB-LAE-BAB", "");
        assertThat(found.select("form[method=post] input[type=hidden][name=q]").val()).isEqualTo("Babergh");
        assertThat(Pages.text(Pages.get(PAGE + "?q=Nowhere"), "#none-found")).startsWith("No organisation on the register matches");
    }

    private static final String AS_SENT = """
            {"type": "OTHER", "bidId": "B-2026-0042", "holder": "SPOUSE_OR_PARTNER",
             "nature": "My brother leads the programme"}
            """;

    @Test
    void aDeclarationIsCheckedWithWhatItWouldEndThenMadeWhenConfirmed() {
        StandIns.answer("scoring", post(urlEqualTo("/assessors/me/interests/preview")), 200, """
                {"wouldEnd": [{"assignmentId": "asg-1", "bidId": "B-2026-0042", "title": "Babergh and Mid Suffolk: one front door",
                  "roundId": "tca-2026", "status": "ACCEPTED",
                  "conflict": "The assessor declared an interest in this bid: My brother leads the programme"}]}""");
        StandIns.answer("scoring", post(urlEqualTo("/assessors/me/interests")), 201, ASSESSOR_PROFILE);

        Document check = Pages.html(Pages.formOn(PAGE).formParam("type", "OTHER").formParam("organisationId", " ")
                .formParam("bidId", BID_ID).formParam("holder", "SPOUSE_OR_PARTNER")
                .formParam("nature", "  My brother leads the programme ").post(PAGE).then().statusCode(200).extract().response());

        // asked what it would end, with the fields filled in; nothing declared yet
        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assessors/me/interests/preview"))
                .withRequestBody(equalToJson(AS_SENT)));
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/assessors/me/interests")));
        assertThat(Pages.text(check, "h1")).isEqualTo("Check your declaration before you make it");
        assertThat(check.select("#would-end li")).extracting(Element::text).containsExactly("Babergh and Mid Suffolk: one "
                + "front door (accepted): The assessor declared an interest in this bid: My brother leads the programme");
        assertThat(check.select("#declaration .govuk-summary-list__row")).extracting(Element::text).contains(
                "Whose interest Your spouse or partner's", "What it is My brother leads the programme");

        var confirm = Pages.formOn(PAGE);
        for (Element hidden : check.select("form[action=/app/interests/confirmation] input[type=hidden]:not([name^=csrf])")) {
            confirm.formParam(hidden.attr("name"), hidden.val());
        }
        confirm.post(PAGE + "/confirmation").then().statusCode(303).header("Location", endsWith(PAGE + "?declared=true"));
        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assessors/me/interests"))
                .withRequestBody(equalToJson(AS_SENT)));
        assertThat(Pages.text(Pages.get(PAGE + "?declared=true"), "#declared-panel")).startsWith("Interest declared");
    }

    @Test
    void aDeclarationThatEndsNothingSaysSo() {
        StandIns.answer("scoring", post(urlEqualTo("/assessors/me/interests/preview")), 200, "{\"wouldEnd\": []}");
        Document check = Pages.html(Pages.formOn(PAGE).formParam("type", "DISCLOSABLE_PECUNIARY")
                .formParam("organisationId", "GB-LAE-BAB").formParam("nature", "Shares in a Babergh supplier")
                .post(PAGE).then().statusCode(200).extract().response());
        assertThat(Pages.text(check, "#ends-nothing")).startsWith("None of your assignments conflicts with it");
        assertThat(check.select("#would-end")).isEmpty();
    }

    @Test
    void aDeclarationWithoutItsKindIsNotSentAndTheFormKeepsWhatWasEntered() {
        Document page = Pages.html(Pages.formOn(PAGE).formParam("organisationId", "GB-LAE-BAB").formParam("q", "Babergh")
                .formParam("holder", "SPOUSE_OR_PARTNER").formParam("nature", "Shares in a supplier")
                .post(PAGE).then().statusCode(400).extract().response());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(Pages.text(page, ".govuk-error-summary")).isEqualTo("There is a problem Choose the kind of interest");
        assertThat(page.select("#organisations input[checked]").val()).isEqualTo("GB-LAE-BAB");
        assertThat(page.selectFirst("#holder-partner").hasAttr("checked")).isTrue();
        assertThat(Pages.text(page, "#nature")).isEqualTo("Shares in a supplier");
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/assessors/me/interests")));
    }

    @Test
    void aRefusedDeclarationShowsTheServicesWordsAndWhatWasEntered() {
        StandIns.problem("scoring", post(urlEqualTo("/assessors/me/interests/preview")), 400, validation("/assessors/me/interests/preview",
                "nature", "say what the interest is; \\\"as noted\\\" is not a declaration"));

        Document page = Pages.html(Pages.formOn(PAGE).formParam("type", "OTHER").formParam("bidId", BID_ID)
                .formParam("nature", "as noted").post(PAGE).then().statusCode(400).extract().response());

        assertThat(page.select(".govuk-error-summary li")).extracting(Element::text)
                .containsExactly("Nature: say what the interest is; \"as noted\" is not a declaration");
        assertThat(page.selectFirst("#type-other").hasAttr("checked")).isTrue();
        assertThat(page.select("#bidId option[selected]").val()).isEqualTo(BID_ID);
        assertThat(Pages.text(page, "#nature")).isEqualTo("as noted");
        assertThat(page.select("#declared li")).hasSize(2);
    }

    /** A new assessor has no profile yet: the form still shows, and the service says what is missing when used. */
    @Test
    void anAssessorWithoutAProfileStillSeesTheForm() {
        StandIns.problem("scoring", get(urlEqualTo("/assessors/" + ASSESSOR)), 404,
                problem("not-found", "Not found", 404, "Assessor assessor.dclg was not found"));
        StandIns.problem("scoring", post(urlEqualTo("/assessors/me/interests/preview")), 409,
                problem("conflict", "Conflict", 409, "register a profile (PUT /assessors/me) before declaring interests"));

        Document form = Pages.get(PAGE);
        assertThat(Pages.text(form, "h1")).isEqualTo("Declare an interest");
        assertThat(form.select("#declared")).isEmpty();

        Document refused = Pages.html(Pages.formOn(PAGE).formParam("type", "OTHER").formParam("bidId", BID_ID)
                .formParam("nature", "My brother leads the programme").post(PAGE).then().statusCode(409).extract().response());
        assertThat(Pages.text(refused, ".govuk-error-summary"))
                .isEqualTo("There is a problem Register a profile (PUT /assessors/me) before declaring interests");
    }

    @Test
    void aDeclarationWithoutTheFormsCsrfTokenIsRefusedBeforeTheService() {
        int status = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("type", "OTHER")
                .formParam("bidId", BID_ID).formParam("nature", "A forged declaration from another site")
                .post(PAGE).then().extract().statusCode();

        assertThat(status).isIn(400, 403);
        int confirmed = given().redirects().follow(false).contentType(ContentType.URLENC).formParam("type", "OTHER")
                .formParam("bidId", BID_ID).formParam("nature", "A forged declaration from another site")
                .post(PAGE + "/confirmation").then().extract().statusCode();
        assertThat(confirmed).isIn(400, 403);
        Services.server("scoring").verify(0, anyRequestedFor(urlEqualTo("/assessors/me/interests")));
        Services.server("scoring").verify(0, anyRequestedFor(urlEqualTo("/assessors/me/interests/preview")));
    }
}
