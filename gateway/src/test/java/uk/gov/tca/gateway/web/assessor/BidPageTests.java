package uk.gov.tca.gateway.web.assessor;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.tca.gateway.web.BidServiceAnswers.APPRAISAL;
import static uk.gov.tca.gateway.web.BidServiceAnswers.APPRAISAL_WITHOUT_RETURN;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID_ID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.NOT_FOUND;
import static uk.gov.tca.gateway.web.BidServiceAnswers.ROUND;
import static uk.gov.tca.gateway.web.BidServiceAnswers.TITLE;
import static uk.gov.tca.gateway.web.StandIns.bidService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** A bid as an assessor or a programme manager reads it, from the bid-service's bid, round and appraisal. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = "assessor.dclg", roles = "assessor")
@OidcSecurity
class BidPageTests {

    private static final String PAGE = "/app/bids/" + BID_ID;

    @BeforeEach
    void standIns() {
        Services.reset();
        bidService(get(urlEqualTo("/bids/" + BID_ID)), BID);
        bidService(get(urlEqualTo("/rounds/tca-2026")), ROUND);
        bidService(get(urlEqualTo("/bids/" + BID_ID + "/appraisal")), APPRAISAL);
    }

    @Test
    void theBidIsShownAsWrittenWithWhoTakesPartAndWhatValidationFound() {
        // names, not codes: the round's name from the bid-service, the lead's from the register
        uk.gov.tca.gateway.web.StandIns.answer("partner", get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/organisations/GB-LAE-BAB")), 200,
                "{\"id\": \"GB-LAE-BAB\", \"legalName\": \"Babergh District Council\"}");
        Document page = Pages.get(PAGE);

        assertThat(Pages.text(page, "h1")).isEqualTo(TITLE);
        assertThat(Pages.text(page, ".govuk-caption-l")).isEqualTo("TCA 2026 round · in assessment");
        assertThat(page.select("a.govuk-button[href=" + PAGE + "/assessment]").text()).isEqualTo("Score this bid");
        assertThat(page.select(".govuk-breadcrumbs__link")).extracting(Element::text).containsExactly("Home", "My assignments");
        assertThat(page.select("main > .govuk-summary-list").first().select(".govuk-summary-list__row")).extracting(Element::text)
                .containsExactly("Amount sought £250,000 (written “£250k”)", "Award type authority award",
                        "Lead organisation Babergh District Council");
        assertThat(page.selectFirst(".govuk-warning-text__text").ownText())
                .isEqualTo("Validation found 1 thing to check in this bid, as written");
        assertThat(page.select("#warnings + ul li")).extracting(Element::text)
                .containsExactly("totals differ: The cost lines add up to £250,000.50, not the £250,000 stated");
        assertThat(page.select("#participants + .tca-scroll table tbody tr")).extracting(Element::text).containsExactly(
                "Babergh District Council GB-LAE-BAB lead, accountable body £150,000",
                "Mid Suffolk DC GB-LAE-MSU co applicant",
                "Suffolk Constabulary not resolved partner");
    }

    @Test
    void theAnswersAreShownUnderTheRoundsQuestionsAndTheLinesAsWritten() {
        Document page = Pages.get(PAGE);

        assertThat(page.select("#answers ~ h3")).extracting(Element::text).containsExactly(
                "Full description of the proposal", "The main risks and how they are managed", "legacy-question");
        assertThat(page.select("p.bid-answer")).extracting(Element::text).containsExactly(
                "One integrated officer workforce serving both councils, with shared systems.",
                "Staff transfer takes longer than planned.", "An answer to a question the round no longer asks.");
        assertThat(page.select("#costs + .tca-scroll table thead th")).extracting(Element::text)
                .containsExactly("Activity", "Year", "Amount", "As written");
        assertThat(page.select("#costs + .tca-scroll table tbody tr")).extracting(Element::text).containsExactly(
                "Shared ICT platform (capital) 2026/27 £150,000 £150,000",
                "Organisational change and back-fill Year 2 £100,000.50 about £100,000.50",
                "Project management (revenue) throughout — TBC");
        assertThat(page.select("#benefits + .tca-scroll table tbody tr")).extracting(Element::text).containsExactly(
                "Reduced management costs (cashable saving) 2027/28 £260,000 £260k");
    }

    @Test
    void theAppraisalIsATableAndTheSameFiguresForTheChart() throws Exception {
        Document page = Pages.get(PAGE);

        assertThat(page.select("#appraisal + dl .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Total costs £250,000.50", "Total benefits £260,000", "Return on investment 4%", "Benefit-cost ratio 1.02",
                "Net present value £4,588.89 (discounted at 3.5% a year)", "Payback 2027/28");
        assertThat(page.select("#appraisal-years tbody tr")).extracting(Element::text).containsExactly(
                "2026/27 £150,000 £0 -£150,000 -£150,000",
                "2027/28 payback £100,000.50 £260,000 £159,999.50 £9,999.50");
        assertThat(page.select(".tca-scroll:has(#appraisal-years) ~ ul li")).extracting(Element::text)
                .containsExactly("costLines[2]: \"TBC\" is not a number and is left out");

        JsonNode chart = new ObjectMapper().readTree(page.selectFirst("#appraisal-chart").attr("data-chart"));
        assertThat(chart.path("labels").toString()).isEqualTo("[\"2026/27\",\"2027/28\"]");
        assertThat(chart.path("costs").get(1).decimalValue()).isEqualByComparingTo("100000.50");
        assertThat(chart.path("benefits").get(1).decimalValue()).isEqualByComparingTo("260000");
        assertThat(chart.path("cumulativeNet").get(0).decimalValue()).isEqualByComparingTo("-150000");
        assertThat(chart.path("paybackIndex").asInt()).isEqualTo(1);
        assertThat(chart.path("paybackLabel").asText()).isEqualTo("2027/28");
        assertThat(page.select("script[src=/static/charts.js]")).hasSize(1);
    }

    @Test
    void figuresThatCannotBeAppraisedShowNoReturnAndSayWhy() {
        bidService(get(urlEqualTo("/bids/" + BID_ID + "/appraisal")), APPRAISAL_WITHOUT_RETURN);
        Document page = Pages.get(PAGE);

        assertThat(page.select("#appraisal + dl .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Total costs £150,000", "Total benefits £0",
                "Return and payback Cannot be appraised: no benefit is a figure placed in a year: the benefit line "
                        + "\"Reduced management costs\" is not placed in a financial year (written \"over next 18 months\")");
        assertThat(page.text()).doesNotContain("Return on investment").doesNotContain("Net present value")
                .doesNotContain("does not pay back");
    }

    @Test
    @TestSecurity(user = "manager.dclg", roles = "programme-manager")
    void aProgrammeManagerReadsTheBidFromItsRoundAndCannotScoreIt() {
        Document page = Pages.get(PAGE);

        assertThat(page.select(".govuk-breadcrumbs__link")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("Home /app", "TCA 2026 round /app/rounds/tca-2026");
        assertThat(page.select("a[href=" + PAGE + "/assessment]")).isEmpty();
        assertThat(Pages.text(page, "h1")).isEqualTo(TITLE);
    }

    @Test
    void withoutTheRoundTheQuestionsCodesStandInAndWithoutAnAppraisalThePageSaysSo() {
        StandIns.problem("bid", get(urlEqualTo("/rounds/tca-2026")), 404, NOT_FOUND);
        StandIns.problem("bid", get(urlEqualTo("/bids/" + BID_ID + "/appraisal")), 404, NOT_FOUND);

        Document page = Pages.get(PAGE);

        assertThat(page.select("#answers ~ h3")).extracting(Element::text)
                .containsExactly("full-description", "risks", "legacy-question");
        assertThat(Pages.text(page, "#appraisal + p")).isEqualTo("This bid has no costs and benefits that can be appraised.");
        assertThat(page.select("#appraisal-chart, #appraisal-years")).isEmpty();
    }
}
