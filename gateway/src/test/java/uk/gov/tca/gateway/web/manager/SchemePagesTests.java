package uk.gov.tca.gateway.web.manager;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static uk.gov.tca.gateway.web.BidServiceAnswers.ROUND;
import static uk.gov.tca.gateway.web.StandIns.bidService;
import static uk.gov.tca.gateway.web.StandIns.scoringService;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;
import uk.gov.tca.gateway.web.Pages;
import uk.gov.tca.gateway.web.ScoringServiceAnswers;
import uk.gov.tca.gateway.web.StandIns;

/** A round's scoring scheme in the web client: set up where there is none, read where there is one. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = "manager.dclg", roles = "programme-manager")
@OidcSecurity
class SchemePagesTests {

    private static final String PAGE = "/app/rounds/tca-2026/scheme";

    @BeforeEach
    void aRoundWithoutAScheme() {
        Services.reset();
        bidService(get(urlEqualTo("/rounds/tca-2026")), ROUND);
        // as the scoring-service answers for a round without a scheme
        StandIns.problem("scoring", get(urlPathEqualTo("/schemes")).withQueryParam("round", equalTo("tca-2026")), 404,
                ScoringServiceAnswers.problem("not-found", "Not found", 404, "A scheme for round tca-2026 was not found"));
    }

    /** The form filled in as a manager would: two criteria, the 0–5 scale with its words, the rules. */
    private static RequestSpecification filledIn(String secondWeight) {
        RequestSpecification form = Pages.formOn(PAGE).formParam("name", "TCA 2026 assessment")
                .formParam("criterion-0-name", "Value for money").formParam("criterion-0-description", "Costs and savings")
                .formParam("criterion-0-weight", "40")
                .formParam("criterion-2-name", "Collaboration").formParam("criterion-2-description", "Partners")
                .formParam("criterion-2-weight", secondWeight)
                .formParam("scale-min", "0").formParam("scale-max", "5")
                .formParam("assessorsPerBid", "3").formParam("justificationMinLength", "40")
                .formParam("criterionSpread", "2").formParam("totalSpread", "1.5").formParam("minimumQualityScore", "2")
                .formParam("confidenceEnabled", "yes");
        for (int point = 0; point <= 5; point++) {
            form.formParam("anchor-" + point, "Words for " + point);
        }
        return form;
    }

    @Test
    void aRoundWithoutASchemeOffersTheFormStartingFromItsPrompts() {
        Document page = Pages.get(PAGE + "?needed=true");
        assertThat(Pages.text(page, "h1")).isEqualTo("Set up how bids are scored");
        assertThat(Pages.text(page, "#needed")).startsWith("This round has no scoring scheme yet");
        assertThat(page.select("#criterion-0-name").val()).isEqualTo("Full description");
        assertThat(Pages.text(page, "#criterion-1-description")).isEqualTo("The main risks and how they are managed");
        assertThat(page.select("#scale-max").val()).isEqualTo("5");
        assertThat(page.select("#assessorsPerBid").attr("aria-describedby")).isEqualTo("assessorsPerBid-hint");
        assertThat(page.select("#confidenceEnabled").hasAttr("checked")).isTrue();
    }

    @Test
    void theSchemeIsSentAsTheServiceTakesItAndThePageRedirects() {
        StandIns.answer("scoring", post(urlEqualTo("/schemes")), 201, "{}");

        filledIn("60").post(PAGE).then().statusCode(303).header("Location", endsWith(PAGE + "?created=true"));

        // percentages as shares, codes from the names, the blank row left out
        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/schemes")).withRequestBody(equalToJson("""
                {"roundId": "tca-2026", "name": "TCA 2026 assessment",
                 "criteria": [{"code": "value-for-money", "name": "Value for money", "description": "Costs and savings", "weight": 0.40},
                              {"code": "collaboration", "name": "Collaboration", "description": "Partners", "weight": 0.60}],
                 "scale": {"min": 0, "max": 5, "anchors": {"0": "Words for 0", "1": "Words for 1", "2": "Words for 2",
                           "3": "Words for 3", "4": "Words for 4", "5": "Words for 5"}},
                 "justificationMinLength": 40, "confidenceEnabled": true, "assessorsPerBid": 3,
                 "moderation": {"criterionSpread": 2, "totalSpread": 1.5}, "minimumQualityScore": 2}
                """)));
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedBeforeTheServiceAndWhatWasTypedStays() {
        Document page = Pages.html(filledIn("sixty").post(PAGE).then().statusCode(400).extract().response());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text())
                .containsExactly("#criterion-2-weight The weight of criterion 3 must be a number, like 25 or 2.5");
        assertThat(page.select("#criterion-2-weight").val()).isEqualTo("sixty");
        assertThat(page.select("#criterion-2-weight").attr("aria-describedby")).isEqualTo("criterion-2-weight-error");
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/schemes")));
    }

    @Test
    void theServicesRefusalsLandOnTheFieldsTheyAreAbout() {
        StandIns.problem("scoring", post(urlEqualTo("/schemes")), 400, ScoringServiceAnswers.validation("/schemes",
                "criteria", "weights must sum to 1; they sum to 0.9",
                "criteria[1].name", "must not be blank",
                "scale.anchors.5", "every point needs its anchor words"));

        Document page = Pages.html(filledIn("50").post(PAGE).then().statusCode(400).extract().response());

        // criteria[1] is the second row filled in: the form's third
        assertThat(page.select(".govuk-error-summary a")).extracting(e -> e.attr("href") + " " + e.text()).containsExactly(
                "#criterion-0-weight Criteria: weights must sum to 1; they sum to 0.9",
                "#criterion-2-name Name: must not be blank",
                "#anchor-5 5: every point needs its anchor words");
        assertThat(page.select("#criterion-0-weight").val()).isEqualTo("40");
    }

    @Test
    void aRoundWithASchemeShowsItAndThePagesThatNeedOneSendARoundWithoutOneHere() {
        RestAssured.given().redirects().follow(false).get("/app/rounds/tca-2026/moderation").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?needed=true"));
        RestAssured.given().redirects().follow(false).get("/app/rounds/tca-2026/ranking").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?needed=true"));

        scoringService(get(urlPathEqualTo("/schemes")).withQueryParam("round", equalTo("tca-2026")), ScoringServiceAnswers.SCHEMES);
        Document page = Pages.get(PAGE + "?created=true");
        assertThat(Pages.text(page, "#done")).contains("The scheme is set");
        assertThat(page.select("#criteria tbody tr")).extracting(Element::text).containsExactly(
                "Value for money Expected costs, benefits and savings, and value for money. 30%",
                "Collaboration Multi-authority and cross-sector working. 45%",
                "Deliverability Track record, governance, milestones and risks. 25%");
        assertThat(page.select("#anchors .govuk-summary-list__row").first().text()).isEqualTo("0 No evidence");
        assertThat(page.select("main form")).isEmpty();
    }
}
