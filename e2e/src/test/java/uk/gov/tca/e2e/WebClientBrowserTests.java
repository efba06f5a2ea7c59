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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web client in a real browser, against the running stack and the real Keycloak login: an assessor
 * accepts, reads the bid and its appraisal chart, scores every criterion and submits; a colleague does the same
 * with JavaScript turned off; the programme manager sees the matrix with its conflict, the ranking against the
 * budget, decides, publishes and downloads the 360Giving file. Screenshots land in target/screenshots.
 */
@ExtendWith(LocalStack.class)
class WebClientBrowserTests {

    private static final String MANAGER = "manager.dclg";
    private static Browser browser;

    /** A round of its own with Babergh and Mid Suffolk's bid in it, submitted, read by the scoring-service. */
    private record World(String round, String bidId, String title) {
    }

    @BeforeAll
    static void aBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.tokenFor(user)).contentType("application/json");
    }

    /** Each test's own round and bid, offered to assessor.dclg and assessor2.dclg, so that no test needs another's. */
    private static World aBidOfferedToTwoAssessors() throws Exception {
        String round = Rounds.open(Keycloak.tokenFor(MANAGER), "e2e-web", 2);
        String title = "Babergh and Mid Suffolk: one front door (" + round + ")";
        String bidId = as("bidder.babergh").body(Rounds.bid(round, title, List.of(
                        Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                        Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT")))))
                .post("/api/bids").then().statusCode(201).extract().path("id");
        String read = as("bidder.midsuffolk").get("/api/bids/{id}", bidId).then().statusCode(200).extract().header("ETag");
        as("bidder.midsuffolk").header("If-Match", read).body(Map.of())
                .post("/api/bids/{id}/participants/GB-LAE-MSU/confirmation", bidId).then().statusCode(200);
        as("bidder.babergh").post("/api/bids/{id}/submission", bidId).then().statusCode(200);
        Rounds.waitForTheFeed(Keycloak.tokenFor(MANAGER), bidId);
        for (String assessor : List.of("assessor.dclg", "assessor2.dclg")) {
            as(MANAGER).body(Map.of("bidId", bidId, "assessor", assessor)).post("/api/assignments").then().statusCode(201);
        }
        return new World(round, bidId, title);
    }

    /**
     * The assessor accepts its offer and scores every criterion through the API, as the form does: it starts a
     * draft (which comes with the appraisal's suggestions), takes the suggestion where there is one, else the score.
     */
    private static void scoredThroughTheApi(World world, String assessor, int score) {
        String assignment = as(assessor).queryParam("bid", world.bidId()).get("/api/assignments").then().statusCode(200)
                .extract().path("items[0].id");
        as(assessor).post("/api/assignments/{id}/acceptance", assignment).then().statusCode(200);
        JsonPath draft = as(assessor).body(Map.of("assignmentId", assignment, "scores", List.of()))
                .post("/api/assessments").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> scores = new java.util.ArrayList<>();
        for (String criterion : Rounds.CRITERIA) {
            Integer suggested = draft.get("scores.find { it.criterion == '" + criterion + "' }.suggestedScore");
            scores.add(Map.of("criterion", criterion, "score", suggested == null ? score : suggested,
                    "justification", "Evidence in the bid for " + criterion + ", read in full.", "confidence", "HIGH"));
        }
        String id = draft.getString("id");
        as(assessor).header("If-Match", "\"" + draft.getInt("version") + "\"").body(Map.of("scores", scores))
                .put("/api/assessments/{id}", id).then().statusCode(200);
        as(assessor).post("/api/assessments/{id}/submission", id).then().statusCode(200);
    }

    @Test
    void anAssessorDeclinesWithAReasonAndDeclaresAnInterest() throws Exception {
        World world = aBidOfferedToTwoAssessors();
        String round = world.round();
        String bidId = world.bidId();
        // a second bid, in the open demo round, offered to a third assessor who will decline it
        String otherBidId = as("bidder.cheshirewest").body(Rounds.bid("tca-demo-open",
                        "Cheshire West: integrated early help (" + round + ")", List.of(
                        Map.of("organisationId", "GB-LAE-CHW", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))))
                .post("/api/bids").then().statusCode(201).extract().path("id");
        as("bidder.cheshirewest").post("/api/bids/{id}/submission", otherBidId).then().statusCode(200);
        Rounds.waitForTheFeed(Keycloak.tokenFor(MANAGER), otherBidId);
        as(MANAGER).body(Map.of("bidId", otherBidId, "assessor", "assessor3.dclg")).post("/api/assignments").then()
                .statusCode(201);
        // and Babergh's bid offered to the same assessor, which the interest declared below will take away
        as(MANAGER).body(Map.of("bidId", bidId, "assessor", "assessor3.dclg")).post("/api/assignments").then()
                .statusCode(201);
        Page page = browser.signIn("assessor3.dclg", true);
        Browser.steps(page, "assessor-declines", () -> {
            page.navigate(LocalStack.GATEWAY + "/app/assignments");
            Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Cheshire West: integrated early help (" + round + ")"));
            row.locator("summary:has-text('Decline')").click();
            row.locator("label:has-text('I do not have capacity')").click();
            row.locator("textarea").fill("On leave for the whole assessment window");
            row.locator("button:has-text('Decline assignment')").click();
            Locator declined = page.locator("tr", new Page.LocatorOptions().setHasText("Cheshire West: integrated early help ("
                    + round + ")"));
            assertThat(declined).containsText("declined");
            // the button pressed went with the old row: the focus is on the new one
            assertThat(declined).isFocused();

            // a manager's page is a GOV.UK page that says why it is closed, not a blank 403, and offers no manager links
            com.microsoft.playwright.Response closed = page.navigate(LocalStack.GATEWAY + "/app/rounds");
            org.assertj.core.api.Assertions.assertThat(closed.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("You do not have access to this page");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^You do not have access to this page"));
            assertThat(page.locator("a[href='/app/rounds']")).hasCount(0);
            assertThat(page.locator("a[href='/app/assignments']")).not().hasCount(0);
            Browser.screenshot(page, "00-manager-page-closed-to-an-assessor");

            // a declaration without its nature is refused, in the service's words, and nothing is recorded
            page.navigate(LocalStack.GATEWAY + "/app/interests?bid=" + bidId);
            assertThat(page.locator("#bidId")).hasValue(bidId);
            page.check("#type-other");
            page.fill("#nature", "as noted");
            page.click("button:has-text('Continue')");
            assertThat(page.locator(".govuk-error-summary")).containsText("Nature");
            Browser.screenshot(page, "00-interest-refused");
            page.fill("#nature", "My brother leads the Babergh and Mid Suffolk transformation programme");
            page.click("button:has-text('Continue')");
            // before it is made: what it would end, and nothing declared yet
            assertThat(page.locator("h1")).hasText("Check your declaration before you make it");
            assertThat(page.locator("#would-end")).containsText(world.title());
            Browser.screenshot(page, "00a-interest-check");
            as("assessor3.dclg").queryParam("bid", bidId).get("/api/assignments").then().statusCode(200)
                    .body("items.status", org.hamcrest.Matchers.hasItem("OFFERED"));
            page.click("button:has-text('Declare the interest')");
            assertThat(page.locator("#declared-panel")).containsText("Interest declared");
            assertThat(page.locator("#declared")).containsText("My brother leads");
            as("assessor3.dclg").queryParam("bid", bidId).get("/api/assignments").then().statusCode(200)
                    .body("items.status", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("OFFERED")));

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
    void anAssessorAcceptsReadsTheChartScoresEveryCriterionAndSubmits() throws Exception {
        World world = aBidOfferedToTwoAssessors();
        Page page = browser.signIn("assessor.dclg", true);
        Browser.steps(page, "assessor", () -> assessorSteps(page, world.title()));
    }

    private static void assessorSteps(Page page, String title) {
        assertThat(page.locator("h1")).containsText("assessor.dclg");
        page.click("text=My assignments");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(title));
        assertThat(row).containsText("offered");
        Browser.screenshot(page, "01-assessor-assignments");
        row.locator("button:has-text('Accept')").click();
        // htmx replaced the row alone, and the focus moved to it
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("accepted");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).isFocused();

        page.click("a:has-text('" + title + "')");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#participants + .tca-scroll table")).containsText("co applicant");
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
        // leaving with text not saved asks first
        page.fill("#justification-collaboration", "Clear evidence in the bid for collaboration, and a shared board.");
        String[] asked = new String[1];
        page.onceDialog(dialog -> {
            asked[0] = dialog.type();
            dialog.dismiss();
        });
        page.click("text=My assignments");
        org.assertj.core.api.Assertions.assertThat(asked[0]).isEqualTo("beforeunload");
        assertThat(page.locator("#scoring-form")).isVisible();
        // an irreversible submission goes through a check of the scores as saved
        page.click("button:has-text('Continue to submit')");
        assertThat(page.locator("h1")).hasText("Check your scores before you submit them");
        assertThat(page.locator("#check-collaboration")).containsText("a shared board");
        Browser.screenshot(page, "03a-check-before-submitting");
        page.click("button:has-text('Submit scores')");
        assertThat(page.locator(".govuk-panel__title")).hasText("Scores submitted");
        assertThat(page.locator("#others")).containsText("No other assessor");
        Browser.screenshot(page, "04-scores-submitted");
        // the assessor's own list says so too
        page.click("text=My assignments");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("submitted");
    }

    @Test
    void aColleagueScoresWithJavaScriptTurnedOffAndIsToldWhatIsMissing() throws Exception {
        World world = aBidOfferedToTwoAssessors();
        scoredThroughTheApi(world, "assessor.dclg", 4);
        Page page = browser.signIn("assessor2.dclg", false);
        Browser.steps(page, "assessor-without-javascript", () -> colleagueSteps(page, world.bidId(), world.title()));
    }

    private static void colleagueSteps(Page page, String bidId, String title) {
        page.navigate(LocalStack.GATEWAY + "/app/assignments");
        page.locator("tr", new Page.LocatorOptions().setHasText(title)).locator("button:has-text('Accept')").click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("accepted");
        page.navigate(LocalStack.GATEWAY + "/app/bids/" + bidId + "/assessment");
        page.click("button:has-text('Start scoring')");
        // the appraisal's suggestion is chosen already, as the start page said it would be
        String suggestion = page.locator("#suggestion-value-for-money strong").textContent().trim();
        assertThat(page.locator("#score-value-for-money-" + suggestion)).isChecked();
        for (String criterion : Rounds.CRITERIA) {
            page.check("#score-" + criterion + "-3");
        }
        page.click("button:has-text('Continue to submit')");
        page.click("button:has-text('Submit scores')");
        // the scoring-service's reasons, beside the criteria they concern, in a GOV.UK error summary
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(page.locator("#criterion-collaboration .govuk-error-message").first()).containsText("Justification");
        assertThat(page.locator("#score-collaboration-3")).isChecked();
        Browser.screenshot(page, "05-scoring-errors-without-javascript");
        String suggested = page.locator("#suggestion-value-for-money strong").textContent().trim();
        for (String criterion : Rounds.CRITERIA) {
            page.fill("#justification-" + criterion, "Some evidence for " + criterion + ", with gaps in the plan.");
        }
        if (!"3".equals(suggested)) {
            page.fill("#override-value-for-money", "The benefits rely on staff savings not yet agreed.");
        }
        page.click("button:has-text('Continue to submit')");
        page.click("button:has-text('Submit scores')");
        assertThat(page.locator(".govuk-panel__title")).hasText("Scores submitted");
        // now, and only now, the colleague's scores are visible
        assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Other assessors' scores"))).containsText("assessor.dclg");
    }

    /** Signing in happens on a GOV.UK page: the crown header, the footer's links, a wrong password said plainly. */
    @Test
    void theSignInPageIsAGovUkPageThatSaysWhatIsWrong() {
        Page page = browser.signInPage(true);
        Browser.steps(page, "sign-in", () -> {
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Sign in"));
            assertThat(page.locator("h1")).hasText("Sign in to the Transformation Challenge Award");
            assertThat(page.locator(".govuk-footer")).containsText("Accessibility statement");
            assertThat(page.locator(".govuk-phase-banner")).containsText("feedback");
            Browser.screenshot(page, "00-sign-in");
            page.fill("#username", "assessor.dclg");
            page.fill("#password", "not the password");
            page.click("#kc-login");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
            Browser.screenshot(page, "00-sign-in-refused");
            page.fill("#password", "demo");
            page.click("#kc-login");
            page.waitForURL(LocalStack.GATEWAY + "/app");
        });
    }

    /**
     * A new round has no scheme: its Moderation tab sends the manager to set one up, a weight that is not a number is
     * refused beside its field, and the scheme set (without JavaScript) is what the round's pages then use.
     */
    @Test
    void aManagerSetsUpTheSchemeOfANewRoundWithoutJavaScript() throws Exception {
        String round = Rounds.openWithoutScheme(Keycloak.tokenFor(MANAGER), "e2e-scheme");
        Page page = browser.signIn(MANAGER, false);
        Browser.steps(page, "manager-sets-a-scheme", () -> {
            page.navigate(LocalStack.GATEWAY + "/app/rounds/" + round + "/moderation");
            assertThat(page.locator("#needed")).containsText("no scoring scheme yet");
            assertThat(page.locator("#criterion-0-name")).hasValue("Full description");
            page.fill("#criterion-0-name", "Quality of the proposal");
            page.fill("#criterion-0-weight", "sixty");
            page.fill("#criterion-1-name", "Value for money");
            page.fill("#criterion-1-description", "Costs, benefits and savings");
            page.fill("#criterion-1-weight", "40");
            String[] words = {"No evidence", "Weak", "Adequate", "Good", "Strong", "Exemplary"};
            for (int point = 0; point < words.length; point++) {
                page.fill("#anchor-" + point, words[point]);
            }
            page.click("button:has-text('Set the scheme')");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
            assertThat(page.locator(".govuk-error-summary a[href='#criterion-0-weight']")).containsText("must be a number");
            assertThat(page.locator("#criterion-0-weight")).hasValue("sixty");
            Browser.screenshot(page, "10a-scheme-refused");
            page.fill("#criterion-0-weight", "60");
            page.click("button:has-text('Set the scheme')");
            assertThat(page.locator("#done")).containsText("The scheme is set");
            assertThat(page.locator("#criteria")).containsText("Quality of the proposal");
            assertThat(page.locator("#criteria")).containsText("60%");
            Browser.screenshot(page, "10b-scheme-set");
            page.click("a.govuk-service-navigation__link:has-text('Moderation')");
            assertThat(page.locator("h1")).not().hasText("Page not found");
            assertThat(page.locator("#needed")).hasCount(0);
        });
        as(MANAGER).queryParam("round", round).get("/api/schemes").then().statusCode(200)
                .body("[0].criteria.code", org.hamcrest.Matchers.contains("quality-of-the-proposal", "value-for-money"),
                        "[0].criteria.weight", org.hamcrest.Matchers.contains(0.6f, 0.4f));
    }

    @Test
    void theManagerSeesTheRoundRanksAgainstTheBudgetDecidesPublishesAndDownloads() throws Exception {
        World world = aBidOfferedToTwoAssessors();
        // a third assessor has declared an interest in the bid; both assessors have scored it
        as("assessor3.dclg").body(Map.of("type", "OTHER", "bidId", world.bidId(),
                "nature", "My brother leads the Babergh and Mid Suffolk transformation programme"))
                .post("/api/assessors/me/interests").then().statusCode(201);
        scoredThroughTheApi(world, "assessor.dclg", 4);
        scoredThroughTheApi(world, "assessor2.dclg", 3);
        // a second bid came in late and nobody has scored it yet
        String late = as("bidder.babergh").body(Rounds.bid(world.round(), "Babergh: a late second bid (" + world.round()
                        + ")", List.of(Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")))))
                .post("/api/bids").then().statusCode(201).extract().path("id");
        as("bidder.babergh").post("/api/bids/{id}/submission", late).then().statusCode(200);
        Rounds.waitForTheFeed(Keycloak.tokenFor(MANAGER), late);
        Page page = browser.signIn(MANAGER, true);
        Browser.steps(page, "manager", () -> managerSteps(page, world));
    }

    /**
     * What a newcomer finds after ./tca up: the 2013/14 round assessed end to end — its dashboard's progress, the
     * moderated bid, the published decisions with their note — every page saying the data is a demonstration's.
     */
    @Test
    void aNewcomerFindsTheTwentyThirteenRoundAssessedAndLabelledAsADemonstration() {
        Page page = browser.signIn(MANAGER, true);
        Browser.steps(page, "newcomer", () -> {
            page.navigate(LocalStack.GATEWAY + "/app/rounds/tca-2013-14");
            assertThat(page.locator(".tca-demonstration")).containsText("made up for the demonstration");
            assertThat(page.locator("#progress .govuk-summary-list__row:has-text('Scores submitted') dd")).hasText("36");
            Browser.screenshot(page, "10-demonstrated-round");
            page.click("a.govuk-service-navigation__link:has-text('Moderation')");
            page.click("#queue a");
            assertThat(page.locator("main")).containsText("Demonstration: the panel met between");
            Browser.screenshot(page, "10a-demonstrated-moderation");
            page.click("a.govuk-service-navigation__link:has-text('Ranking and decisions')");
            assertThat(page.locator("#decision-status")).containsText("Status: published");
            assertThat(page.locator("#decision-note")).containsText("Demonstration: the compilation of the winning bids "
                    + "gives no awarded amounts");
            assertThat(page.locator("#decision-lines")).containsText("ranked within the budget");
            assertThat(page.locator("#decision-demonstration")).containsText("not real awards");
            Browser.screenshot(page, "10b-demonstrated-decisions");
        });
    }

    /**
     * The bid's assessors side by side, criterion by criterion; a moderation sent without its reason is refused with
     * the error linked to the field and nothing recorded; sent whole, it is recorded once, however often the page is
     * refreshed after.
     */
    private static void moderationSteps(Page page, World world) {
        page.click("#spreads a:has-text('" + world.title() + "')");
        String criterion = Rounds.CRITERIA.get(0);
        assertThat(page.locator("#scores-" + criterion)).containsText("assessor.dclg");
        assertThat(page.locator("#scores-" + criterion)).containsText("assessor2.dclg");
        assertThat(page.locator("#scores-" + criterion)).containsText("Evidence in the bid for " + criterion);
        Browser.screenshot(page, "08a-moderation-side-by-side");

        page.selectOption("#criterion", criterion);
        page.selectOption("#score", "3");
        page.fill("#reason", "short");
        page.click("button:has-text('Record moderated score')");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary a[href='#reason']")).containsText("at least 10 characters");
        assertThat(page.locator("#criterion")).hasValue(criterion);
        Browser.screenshot(page, "08b-moderation-error");
        as(MANAGER).get("/api/moderations/{bid}", world.bidId()).then().statusCode(200)
                .body("moderations", org.hamcrest.Matchers.empty());

        page.fill("#reason", "Panel: both assessors read the same evidence; the partnership is real");
        page.click("button:has-text('Record moderated score')");
        assertThat(page.locator("#recorded")).containsText("recorded");
        assertThat(page.locator("#moderated-" + criterion)).containsText("Panel: both assessors");
        page.reload();
        as(MANAGER).get("/api/moderations/{bid}", world.bidId()).then().statusCode(200)
                .body("moderations.size()", org.hamcrest.Matchers.equalTo(1),
                        "moderations[0].score", org.hamcrest.Matchers.equalTo(3));
        Browser.screenshot(page, "08c-moderation-recorded");
        page.click("a.govuk-service-navigation__link:has-text('Moderation')");
    }

    /**
     * Offering the bid by hand to the assessor who declared an interest is refused with the conflict explained; a
     * dispensation with its reason and last day lets the offer through, the conflict still shown as dispensed.
     */
    private static void dispensationSteps(Page page, World world) {
        Locator row = page.locator("#matrix tr", new Page.LocatorOptions().setHasText(world.title()));
        row.locator("form.tca-offer:has(input[value='assessor3.dclg']) button").click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("A conflict of interest stops it");
        assertThat(page.locator(".govuk-error-summary")).containsText("declared an interest");

        row = page.locator("#matrix tr", new Page.LocatorOptions().setHasText(world.title()));
        row.locator("td:has(a[href*='assessor=assessor3.dclg']) summary").click();
        row.locator("a[href*='assessor=assessor3.dclg']").click();
        assertThat(page.locator("#conflicts")).containsText("brother");
        page.fill("#reason", "short");
        page.click("button:has-text('Grant the dispensation')");
        assertThat(page.locator(".govuk-error-summary a[href='#reason']")).isVisible();
        page.fill("#reason", "His brother left the programme before the bid was written");
        java.time.LocalDate until = java.time.LocalDate.now().plusMonths(3);
        page.fill("#expires-day", String.valueOf(until.getDayOfMonth()));
        page.fill("#expires-month", String.valueOf(until.getMonthValue()));
        page.fill("#expires-year", String.valueOf(until.getYear()));
        page.click("button:has-text('Grant the dispensation')");
        assertThat(page.locator("#done")).containsText("Dispensation granted");
        row = page.locator("#matrix tr", new Page.LocatorOptions().setHasText(world.title()));
        row.locator("form.tca-offer:has(input[value='assessor3.dclg']) button").click();
        assertThat(page.locator("#done")).containsText("The bid was offered");
        Browser.screenshot(page, "07a-offered-by-hand-after-a-dispensation");
        as("assessor3.dclg").queryParam("bid", world.bidId()).get("/api/assignments").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.hasItem("OFFERED"));

        // taken back: the offer it allowed ends, and the conflict stops the assessor again
        row = page.locator("#matrix tr", new Page.LocatorOptions().setHasText(world.title()));
        row.locator("td:has(a.tca-revoke[href*='assessor=assessor3.dclg']) summary").click();
        row.locator("a.tca-revoke[href*='assessor=assessor3.dclg']").click();
        assertThat(page.locator("#in-force")).containsText("His brother left the programme");
        page.click("button:has-text('Revoke the dispensation')");
        assertThat(page.locator(".govuk-error-summary a[href='#revokeReason']")).isVisible();
        page.fill("#revokeReason", "His brother has rejoined the programme board");
        page.click("button:has-text('Revoke the dispensation')");
        assertThat(page.locator("#done")).containsText("Dispensation revoked");
        Browser.screenshot(page, "07b-dispensation-revoked");
        as("assessor3.dclg").queryParam("bid", world.bidId()).get("/api/assignments").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("OFFERED")));
    }

    private static void managerSteps(Page page, World world) {
        String round = world.round();
        String title = world.title();
        String bidId = world.bidId();
        page.click("text=Rounds");
        page.click("a:has-text('TCA test round " + round + "')");
        assertThat(page.locator("#status-counts")).containsText("in assessment");
        assertThat(page.locator("#status-chart")).hasAttribute("data-drawn", "true");
        // how far assessment has got: both assessors' scores are in
        assertThat(page.locator("#progress .govuk-summary-list__row", new Page.LocatorOptions().setHasText("Scores submitted"))
                .locator("dd")).hasText("2");
        Browser.screenshot(page, "06-round-dashboard");

        page.click("a.govuk-service-navigation__link:has-text('Assignments')");
        Locator cells = page.locator("#matrix tr", new Page.LocatorOptions().setHasText(title));
        assertThat(cells).containsText("Conflict");
        assertThat(cells).containsText("declared an interest");
        assertThat(cells).containsText("submitted");
        Browser.screenshot(page, "07-assignment-matrix");
        dispensationSteps(page, world);

        page.click("a.govuk-service-navigation__link:has-text('Moderation')");
        assertThat(page.locator("#spreads")).containsText(title);
        moderationSteps(page, world);

        page.click("a.govuk-service-navigation__link:has-text('Ranking and decisions')");
        assertThat(page.locator("#ranking")).containsText(title);
        assertThat(page.locator("#ranking-chart")).hasAttribute("data-drawn", "true");
        // the late bid is not scored yet: allocating now needs a reason
        assertThat(page.locator("#not-ready")).containsText("no submitted assessment");
        page.click("button:has-text('Allocate the budget')");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        page.click(".govuk-error-summary a[href='#notReadyReason']");
        assertThat(page.locator("#notReadyReason")).isFocused();
        Browser.screenshot(page, "08a-allocating-before-every-bid-is-ready");
        page.fill("#notReadyReason", "A draft for the panel: the bid offered late is scored before Thursday");
        page.click("button:has-text('Allocate the budget')");
        assertThat(page.locator("#done")).containsText("allocated as a draft");
        assertThat(page.locator("#decision-lines")).containsText("funded");
        assertThat(page.locator("#decision-policy")).containsText("Allocated before every bid was ready");
        // a draft can be thrown away, from a check of what is lost
        page.click("#discard");
        assertThat(page.locator("#discard-summary")).containsText("Changed by hand");
        Browser.screenshot(page, "08b-discard-the-draft");
        page.click("button:has-text('Discard the draft')");
        assertThat(page.locator("#done")).containsText("discarded");
        assertThat(page.locator("#decision-lines")).hasCount(0);
        page.fill("#notReadyReason", "A draft for the panel: the bid offered late is scored before Thursday");
        page.fill("#note", "Panel of 3 December, minute 4");
        page.click("button:has-text('Allocate the budget')");
        assertThat(page.locator("#decision-lines")).containsText("funded");
        assertThat(page.locator("#decision-note")).hasText("Panel of 3 December, minute 4");
        Browser.screenshot(page, "08-ranking-and-decision");
        // publishing goes through a check of exactly what becomes public
        page.click("#check-publication");
        assertThat(page.locator("#public-awards")).containsText(title);
        Browser.screenshot(page, "08d-check-before-publishing");
        page.click("button:has-text('Publish decisions')");
        assertThat(page.locator("#published-panel")).containsText("Decisions published");
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
