package uk.gov.tca.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web client in a real browser, against the running stack and the real Keycloak login: an assessor
 * accepts, reads the bid and its appraisal chart, scores every criterion and submits; a colleague does the same
 * with JavaScript turned off; the programme manager sees the matrix with its conflict, the ranking against the
 * budget, decides, publishes and downloads the 360Giving file. Screenshots land in target/screenshots.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebClientBrowserTests {

    private static Browser browser;
    private static String round;
    private static String bidId;
    private static String title;
    private static String otherBidId;

    @BeforeAll
    static void aBidAssignedToTwoAssessors() throws Exception {
        String manager = Keycloak.tokenFor("manager.dclg");
        round = Rounds.open(manager, "e2e-web", 2);
        title = "Babergh and Mid Suffolk: one front door (" + round + ")";
        String babergh = Keycloak.tokenFor("bidder.babergh");
        bidId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(babergh).contentType("application/json")
                .body(Rounds.bid(round, title, List.of(
                        Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                        Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT")))))
                .post("/api/bids").then().statusCode(201).extract().path("id");
        String midSuffolk = Keycloak.tokenFor("bidder.midsuffolk");
        String read = given().baseUri(LocalStack.GATEWAY).auth().oauth2(midSuffolk).get("/api/bids/{id}", bidId).then()
                .statusCode(200).extract().header("ETag");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(midSuffolk).contentType("application/json").header("If-Match", read)
                .body(Map.of()).post("/api/bids/{id}/participants/GB-LAE-MSU/confirmation", bidId).then().statusCode(200);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(babergh).post("/api/bids/{id}/submission", bidId).then().statusCode(200);
        Rounds.waitForTheFeed(manager, bidId);
        for (String assessor : List.of("assessor.dclg", "assessor2.dclg")) {
            given().baseUri(LocalStack.GATEWAY).auth().oauth2(manager).contentType("application/json")
                    .body(Map.of("bidId", bidId, "assessor", assessor)).post("/api/assignments").then().statusCode(201);
        }
        // a second bid, in the open demo round, offered to a third assessor who will decline it
        otherBidId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.tokenFor("bidder.cheshirewest"))
                .contentType("application/json")
                .body(Rounds.bid("tca-demo-open", "Cheshire West: integrated early help (" + round + ")", List.of(
                        Map.of("organisationId", "GB-LAE-CHW", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))))
                .post("/api/bids").then().statusCode(201).extract().path("id");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.tokenFor("bidder.cheshirewest"))
                .post("/api/bids/{id}/submission", otherBidId).then().statusCode(200);
        Rounds.waitForTheFeed(manager, otherBidId);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(manager).contentType("application/json")
                .body(Map.of("bidId", otherBidId, "assessor", "assessor3.dclg")).post("/api/assignments").then().statusCode(201);
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(0)
    void anAssessorDeclinesWithAReasonAndDeclaresAnInterest() {
        Page page = browser.signIn("assessor3.dclg", true);
        Browser.steps(page, "assessor-declines", () -> {
            page.navigate(LocalStack.GATEWAY + "/app/assignments");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Cheshire West: integrated early help (" + round + ")"));
            row.locator("summary:has-text('Decline')").click();
            row.locator("label:has-text('I do not have capacity')").click();
            row.locator("textarea").fill("On leave for the whole assessment window");
            row.locator("button:has-text('Decline assignment')").click();
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Cheshire West: integrated early help (" + round + ")")))
                    .containsText("declined");

            // a declaration without its nature is refused, in the service's words, and nothing is recorded
            page.navigate(LocalStack.GATEWAY + "/app/interests?bid=" + bidId);
            assertThat(page.locator("#bidId")).hasValue(bidId);
            page.check("#type-other");
            page.fill("#nature", "as noted");
            page.click("button:has-text('Declare interest')");
            assertThat(page.locator(".govuk-error-summary")).containsText("nature");
            Browser.screenshot(page, "00-interest-refused");
            page.fill("#nature", "My brother leads the Babergh and Mid Suffolk transformation programme");
            page.click("button:has-text('Declare interest')");
            assertThat(page.locator("#declared")).containsText("My brother leads");

            // forms carry a CSRF token: the same post without it is refused, and the session stays in an HttpOnly cookie
            com.microsoft.playwright.APIResponse forged = page.request().post(LocalStack.GATEWAY + "/app/interests",
                    com.microsoft.playwright.options.RequestOptions.create()
                            .setForm(com.microsoft.playwright.options.FormData.create().set("type", "OTHER")
                                    .set("bidId", bidId).set("nature", "A forged declaration from another site")));
            assertThat(forged.status()).isIn(400, 403);
            assertThat(page.locator("#declared")).not().containsText("forged");
            assertThat(page.context().cookies()).filteredOn(c -> c.name.startsWith("q_session"))
                    .isNotEmpty().allMatch(c -> c.httpOnly);
            assertThat(page.content()).doesNotContain("eyJ");
        });
    }

    @Test
    @Order(1)
    void anAssessorAcceptsReadsTheChartScoresEveryCriterionAndSubmits() {
        Page page = browser.signIn("assessor.dclg", true);
        Browser.steps(page, "assessor", () -> assessorSteps(page));
    }

    private static void assessorSteps(Page page) {
        assertThat(page.locator("h1")).containsText("assessor.dclg");
        page.click("text=My assignments");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(title));
        assertThat(row).containsText("offered");
        Browser.screenshot(page, "01-assessor-assignments");
        row.locator("button:has-text('Accept')").click();
        // htmx replaced the row alone
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("accepted");

        page.click("a:has-text('" + title + "')");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#participants + table")).containsText("co applicant");
        assertThat(page.locator("#appraisal-chart")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#appraisal-years")).containsText("payback");
        Browser.screenshot(page, "02-bid-with-appraisal-chart");

        page.click("text=Score this bid");
        page.click("button:has-text('Start scoring')");
        assertThat(page.locator("#suggestion-value-for-money")).containsText("suggests a score of");
        String suggested = page.locator("#suggestion-value-for-money strong").textContent().trim();
        for (String criterion : Rounds.CRITERIA) {
            page.check("#score-" + criterion + "-4");
            page.fill("#justification-" + criterion, "Clear evidence in the bid for " + criterion + ", with a credible plan.");
            page.selectOption("#confidence-" + criterion, "HIGH");
        }
        if (!"4".equals(suggested)) {
            page.fill("#override-value-for-money", "The savings are cashable and confirmed by both councils' budgets.");
        }
        page.click("button:has-text('Save draft')");
        assertThat(page.locator("#save-message")).hasText("Draft saved.");
        Browser.screenshot(page, "03-scoring-form");
        page.click("button:has-text('Submit scores')");
        assertThat(page.locator(".govuk-panel__title")).hasText("Scores submitted");
        assertThat(page.locator("#others")).containsText("No other assessor");
        Browser.screenshot(page, "04-scores-submitted");
    }

    @Test
    @Order(2)
    void aColleagueScoresWithJavaScriptTurnedOffAndIsToldWhatIsMissing() {
        Page page = browser.signIn("assessor2.dclg", false);
        Browser.steps(page, "assessor-without-javascript", () -> colleagueSteps(page));
    }

    private static void colleagueSteps(Page page) {
        page.navigate(LocalStack.GATEWAY + "/app/assignments");
        page.locator("tr", new Page.LocatorOptions().setHasText(title)).locator("button:has-text('Accept')").click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("accepted");
        page.navigate(LocalStack.GATEWAY + "/app/bids/" + bidId + "/assessment");
        page.click("button:has-text('Start scoring')");
        for (String criterion : Rounds.CRITERIA) {
            page.check("#score-" + criterion + "-3");
        }
        page.click("button:has-text('Submit scores')");
        // the scoring-service's reasons, beside the criteria they concern, in a GOV.UK error summary
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(page.locator("#criterion-collaboration .govuk-error-message").first()).containsText("justification");
        assertThat(page.locator("#score-collaboration-3")).isChecked();
        Browser.screenshot(page, "05-scoring-errors-without-javascript");
        String suggested = page.locator("#suggestion-value-for-money strong").textContent().trim();
        for (String criterion : Rounds.CRITERIA) {
            page.fill("#justification-" + criterion, "Some evidence for " + criterion + ", with gaps in the plan.");
        }
        if (!"3".equals(suggested)) {
            page.fill("#override-value-for-money", "The benefits rely on staff savings not yet agreed.");
        }
        page.click("button:has-text('Submit scores')");
        assertThat(page.locator(".govuk-panel__title")).hasText("Scores submitted");
        // now, and only now, the colleague's scores are visible
        assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Other assessors' scores"))).containsText("assessor.dclg");
    }

    @Test
    @Order(3)
    void theManagerSeesTheRoundRanksAgainstTheBudgetDecidesPublishesAndDownloads() {
        Page page = browser.signIn("manager.dclg", true);
        Browser.steps(page, "manager", () -> managerSteps(page));
    }

    private static void managerSteps(Page page) {
        page.click("text=Rounds");
        page.click("a:has-text('TCA test round " + round + "')");
        assertThat(page.locator("#status-counts")).containsText("in assessment");
        assertThat(page.locator("#status-chart")).hasAttribute("data-drawn", "true");
        Browser.screenshot(page, "06-round-dashboard");

        page.click("a.govuk-service-navigation__link:has-text('Assignments')");
        Locator cells = page.locator("#matrix tr", new Page.LocatorOptions().setHasText(title));
        assertThat(cells).containsText("Conflict");
        assertThat(cells).containsText("declared an interest");
        assertThat(cells).containsText("accepted");
        Browser.screenshot(page, "07-assignment-matrix");

        page.click("a.govuk-service-navigation__link:has-text('Moderation')");
        assertThat(page.locator("#spreads")).containsText(title);

        page.click("a.govuk-service-navigation__link:has-text('Ranking and decisions')");
        assertThat(page.locator("#ranking")).containsText(title);
        assertThat(page.locator("#ranking-chart")).hasAttribute("data-drawn", "true");
        page.click("button:has-text('Allocate the budget')");
        assertThat(page.locator("#decision-lines")).containsText("funded");
        Browser.screenshot(page, "08-ranking-and-decision");
        page.click("button:has-text('Publish decisions')");
        assertThat(page.locator("#decision-status")).containsText("published");
        Download download = page.waitForDownload(() -> page.click("#download-json"));
        String json;
        try {
            json = Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(JsonPath.from(json).getString("grants[0].id")).isEqualTo("360G-dclg-tca-" + bidId);
        Browser.screenshot(page, "09-published");

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.tokenFor("bidder.babergh")).get("/api/bids/{id}", bidId)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DECIDED"));
    }
}
