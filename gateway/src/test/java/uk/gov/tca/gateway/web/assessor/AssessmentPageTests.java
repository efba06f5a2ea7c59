package uk.gov.tca.gateway.web.assessor;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.BID_ID;
import static uk.gov.tca.gateway.web.BidServiceAnswers.TITLE;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.ASSESSMENT_ID;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.ASSESSOR;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.DRAFT;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.SCHEMES;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.assessment;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.myAssignment;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.page;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.problem;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.score;
import static uk.gov.tca.gateway.web.ScoringServiceAnswers.validation;
import static uk.gov.tca.gateway.web.StandIns.bidService;
import static uk.gov.tca.gateway.web.StandIns.scoringService;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.tca.gateway.Services;
import uk.gov.tca.gateway.web.Pages;
import uk.gov.tca.gateway.web.StandIns;

/**
 * The scoring form against stand-ins for the bid- and scoring-services: what it shows of the scheme and the draft,
 * what it sends when saved or submitted, and where it shows the scoring-service's refusals.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Services.class)
@TestSecurity(user = ASSESSOR, roles = "assessor")
@OidcSecurity
class AssessmentPageTests {

    private static final String PAGE = "/app/bids/" + BID_ID + "/assessment";

    @BeforeEach
    void standIns() {
        Services.reset();
        bidService(get(urlEqualTo("/bids/" + BID_ID)), BID);
        scoringService(get(urlPathEqualTo("/schemes")).withQueryParam("round", equalTo("tca-2026")), SCHEMES);
        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("bid", equalTo(BID_ID)), page(myAssignment("ACCEPTED")));
    }

    private static void assessments(String... assessments) {
        scoringService(get(urlPathEqualTo("/assessments")).withQueryParam("bid", equalTo(BID_ID)), page(assessments));
    }

    @Test
    void theFormListsEachCriterionWithItsAnchorsAndWhatTheDraftHolds() {
        assessments(DRAFT);
        Document page = Pages.get(PAGE);

        assertThat(page.title()).startsWith("Score " + TITLE + " – ");
        assertThat(Pages.text(page, "h1")).isEqualTo("Score this bid");
        assertThat(Pages.text(page, ".govuk-caption-l")).isEqualTo("Assessment of the TCA 2026 round");
        assertThat(page.select("#scoring-form .govuk-fieldset__heading")).extracting(Element::text).containsExactly(
                "Value for money (weight 0.3)", "Collaboration (weight 0.45)", "Deliverability (weight 0.25)");
        assertThat(Pages.text(page, "#hint-collaboration")).isEqualTo("Multi-authority and cross-sector working.");
        assertThat(page.select("#criterion-collaboration .govuk-radios__label")).extracting(Element::text).containsExactly(
                "0 – No evidence", "1 – Weak", "2 – Adequate", "3 – Good", "4 – Strong", "5 – Exemplary");
        assertThat(page.select("input[name=score.value-for-money]")).extracting(e -> e.attr("value"))
                .containsExactly("0", "1", "2", "3", "4", "5");

        // what the draft holds: the score chosen, the justification, the confidence, the suggestion and why it differs
        assertThat(page.select("input[type=radio][checked]")).extracting(Element::id)
                .containsExactly("score-value-for-money-4", "score-deliverability-2");
        assertThat(Pages.text(page, "#justification-value-for-money")).isEqualTo("Savings are cashable and confirmed.");
        assertThat(Pages.text(page, "#justification-deliverability")).isEqualTo("Milestones are vague & the risks unowned.");
        assertThat(Pages.text(page, "#justification-collaboration")).isEmpty();
        assertThat(page.select("#confidence-value-for-money option[selected]").val()).isEqualTo("HIGH");
        assertThat(page.select("#confidence-deliverability option[selected]").val()).isEqualTo("LOW");
        assertThat(page.select("#confidence-collaboration option[selected]").text()).isEqualTo("Choose");
        assertThat(Pages.text(page, "#suggestion-value-for-money strong")).isEqualTo("3");
        assertThat(Pages.text(page, "#override-value-for-money")).isEqualTo("Both councils' budgets show it.");
        assertThat(page.select("#suggestion-collaboration, #override-collaboration, #suggestion-deliverability")).isEmpty();
        assertThat(page.select("#scoring-form .govuk-hint:contains(At least 20 characters)")).hasSize(3);

        // the draft's version goes back with the form; nothing is said about saving yet
        assertThat(page.selectFirst("#version").val()).isEqualTo("3");
        assertThat(page.selectFirst("input[name=submissionKey]").val()).matches("[0-9a-f-]{36}");
        assertThat(Pages.text(page, "#save-message")).isEmpty();
        assertThat(page.select(".govuk-error-summary, .govuk-error-message")).isEmpty();

        assertThat(Pages.text(Pages.get(PAGE + "?saved=true"), "#save-message")).isEqualTo("Draft saved.");
    }

    @Test
    void savingWithHtmxSendsTheScoresAsEnteredAndAnswersWithTheNewVersionAlone() {
        assessments(DRAFT);
        StandIns.answer("scoring", put(urlEqualTo("/assessments/" + ASSESSMENT_ID)), 200,
                assessment(ASSESSMENT_ID, ASSESSOR, "DRAFT", 4, score("value-for-money", 5, "Savings are cashable.", "HIGH", 3,
                        "Confirmed in both budgets")));

        Response saved = Pages.htmxFormOn(PAGE).formParam("action", "save").formParam("version", "3")
                .formParam("submissionKey", "5a0c1d0e-0000-4000-8000-000000000001")
                .formParam("score.value-for-money", "5").formParam("justification.value-for-money", " Savings are cashable. ")
                .formParam("confidence.value-for-money", "HIGH").formParam("override.value-for-money", "Confirmed in both budgets")
                .formParam("score.collaboration", "3").formParam("justification.collaboration", "")
                .formParam("confidence.collaboration", "")
                .formParam("score.deliverability", "five").formParam("justification.deliverability", "Strong track record on shared services")
                .post(PAGE).then().statusCode(200).extract().response();

        Document fragment = Pages.html(saved);
        assertThat(saved.body().asString()).doesNotContain("<main", "<html").contains("hx-swap-oob=\"true\"");
        assertThat(fragment.selectFirst("#version").val()).isEqualTo("4");
        assertThat(Pages.text(fragment, "#save-status #save-message")).isEqualTo("Draft saved.");
        assertThat(fragment.select(".govuk-error-message")).isEmpty();

        // in the scheme's order; blank fields and a score that is not a number are left out for the service to judge
        Services.server("scoring").verify(putRequestedFor(urlEqualTo("/assessments/" + ASSESSMENT_ID))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"scores": [
                          {"criterion": "value-for-money", "score": 5, "justification": "Savings are cashable.",
                           "confidence": "HIGH", "overrideReason": "Confirmed in both budgets"},
                          {"criterion": "collaboration", "score": 3},
                          {"criterion": "deliverability", "justification": "Strong track record on shared services"}]}
                        """)));
        Services.server("scoring").verify(0, postRequestedFor(urlPathEqualTo("/assessments/" + ASSESSMENT_ID + "/submission")));
    }

    /** The refusal of an htmx save is said inline, beside the buttons, and the form goes on from the current version. */
    @Test
    void aRefusedHtmxSaveSaysWhyInlineWithTheCurrentVersion() {
        assessments(assessment(ASSESSMENT_ID, ASSESSOR, "DRAFT", 5, score("value-for-money", 2, null, null, 3, null)));
        StandIns.problem("scoring", put(urlEqualTo("/assessments/" + ASSESSMENT_ID)), 412, problem("stale-version",
                "Version is stale", 412, "The resource changed since you read it: read it again and reapply your change"));

        Response refused = Pages.htmxFormOn(PAGE).formParam("action", "save").formParam("version", "3")
                .formParam("score.value-for-money", "4").post(PAGE).then().statusCode(200).extract().response();

        Document fragment = Pages.html(refused);
        assertThat(refused.body().asString()).doesNotContain("<main");
        assertThat(Pages.text(fragment, "#save-status .govuk-error-message")).isEqualTo("Draft not saved: Version is stale. "
                + "The resource changed since you read it: read it again and reapply your change");
        assertThat(fragment.select("#save-message")).as("no 'saved' line beside a refusal").isEmpty();
        assertThat(fragment.selectFirst("#version").val()).isEqualTo("5");
    }

    @Test
    void theAppraisalsSuggestionIsChosenWhereNothingIsScoredYet() {
        assessments(assessment(ASSESSMENT_ID, ASSESSOR, "DRAFT", 0, score("value-for-money", null, null, null, 3, null)));
        Document page = Pages.get(PAGE);
        assertThat(page.select("input[type=radio][checked]")).extracting(Element::id)
                .containsExactly("score-value-for-money-3");
    }

    @Test
    void continuingToSubmitSavesThenShowsTheScoresToCheckAndSubmitsNothingYet() {
        assessments(DRAFT);
        StandIns.answer("scoring", put(urlEqualTo("/assessments/" + ASSESSMENT_ID)), 200, assessment(ASSESSMENT_ID, ASSESSOR, "DRAFT", 4));

        Pages.formOn(PAGE).formParam("action", "submit").formParam("version", "3")
                .formParam("score.value-for-money", "3").formParam("justification.value-for-money", "Payback in the second year")
                .post(PAGE).then().statusCode(303).header("Location", endsWith(PAGE + "/check"));

        Services.server("scoring").verify(putRequestedFor(urlEqualTo("/assessments/" + ASSESSMENT_ID))
                .withHeader("If-Match", equalTo("\"3\""))
                .withRequestBody(equalToJson("""
                        {"scores": [{"criterion": "value-for-money", "score": 3, "justification": "Payback in the second year"},
                                    {"criterion": "collaboration"}, {"criterion": "deliverability"}]}
                        """)));
        Services.server("scoring").verify(0, postRequestedFor(urlEqualTo("/assessments/" + ASSESSMENT_ID + "/submission")));

        Document check = Pages.get(PAGE + "/check");
        assertThat(Pages.text(check, "h1")).isEqualTo("Check your scores before you submit them");
        assertThat(check.select("#check-value-for-money .govuk-summary-list__row")).extracting(Element::text).containsExactly(
                "Score 4 – Strong Change the score for Value for money",
                "Justification Savings are cashable and confirmed. Change the justification for Value for money",
                "Appraisal's suggestion 3: you differ because Both councils' budgets show it.",
                "Confidence high");
        assertThat(check.select("#check-collaboration .govuk-summary-list__row").first().text())
                .startsWith("Score Not scored");
        assertThat(check.select("form[action=" + PAGE + "/submission] input[name=submissionKey]").val()).isNotBlank();
    }

    @Test
    void submittingFromTheCheckSubmitsOnceUnderItsKey() {
        assessments(DRAFT);
        String key = "5a0c1d0e-0000-4000-8000-000000000003";
        StandIns.answer("scoring", post(urlEqualTo("/assessments/" + ASSESSMENT_ID + "/submission")), 200,
                assessment(ASSESSMENT_ID, ASSESSOR, "SUBMITTED", 5));

        Pages.formOn(PAGE + "/check").formParam("submissionKey", key).post(PAGE + "/submission").then().statusCode(303)
                .header("Location", endsWith(PAGE + "?submitted=true"));

        Services.server("scoring").verify(1, postRequestedFor(urlEqualTo("/assessments/" + ASSESSMENT_ID + "/submission"))
                .withHeader("Idempotency-Key", equalTo(key)));
        Services.server("scoring").verify(0, putRequestedFor(urlEqualTo("/assessments/" + ASSESSMENT_ID)));
    }

    @Test
    void aRefusedSubmissionShowsTheServicesReasonsBesideTheCriteriaWithTheDraftAsSaved() {
        String key = "5a0c1d0e-0000-4000-8000-000000000002";
        assessments(assessment(ASSESSMENT_ID, ASSESSOR, "DRAFT", 4,
                score("value-for-money", 5, "Cashable savings in both councils", null, 3, null),
                score("collaboration", 3, "Too short", "MEDIUM", null, null)));
        StandIns.problem("scoring", post(urlEqualTo("/assessments/" + ASSESSMENT_ID + "/submission")), 400,
                validation("/assessments/" + ASSESSMENT_ID + "/submission",
                        "scores[1].justification", "must be at least 20 characters to submit",
                        "scores[0].overrideReason", "the appraisal suggests 3; say why 5 is given instead",
                        "scores", "criterion pace-and-scale is not scored"));

        Response refused = Pages.formOn(PAGE + "/check").formParam("submissionKey", key).post(PAGE + "/submission")
                .then().statusCode(400).extract().response();

        Document page = Pages.html(refused);
        assertThat(page.select(".govuk-error-summary li")).extracting(Element::text).containsExactly(
                // the form's words, never the API's field names (overrideReason, scores)
                "Value for money – Why your score differs from the suggested one: the appraisal suggests 3; say why 5 is "
                        + "given instead",
                "Collaboration – Justification: must be at least 20 characters to submit",
                "Criterion pace-and-scale is not scored");
        assertThat(page.select(".govuk-error-summary li a")).extracting(e -> e.attr("href"))
                .containsExactly("#justification-value-for-money", "#justification-collaboration");
        assertThat(page.selectFirst("#criterion-collaboration").hasClass("govuk-form-group--error")).isTrue();
        assertThat(page.selectFirst("#criterion-deliverability").hasClass("govuk-form-group--error")).isFalse();
        assertThat(Pages.text(page, "#criterion-collaboration .govuk-error-message"))
                .isEqualTo("Error: Justification: must be at least 20 characters to submit");
        // the scores as saved, and the form goes on from the draft's version
        assertThat(page.select("input[type=radio][checked]")).extracting(Element::id)
                .containsExactly("score-value-for-money-5", "score-collaboration-3");
        assertThat(Pages.text(page, "#justification-collaboration")).isEqualTo("Too short");
        assertThat(page.select("#confidence-collaboration option[selected]").val()).isEqualTo("MEDIUM");
        assertThat(page.selectFirst("#version").val()).isEqualTo("4");

        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assessments/" + ASSESSMENT_ID + "/submission"))
                .withHeader("Idempotency-Key", equalTo(key)));
    }

    @Test
    void submittedScoresAreShownWithOtherAssessorsSubmittedScores() {
        String mine = assessment(ASSESSMENT_ID, ASSESSOR, "SUBMITTED", 5,
                score("value-for-money", 4, "Cashable savings in both councils", "HIGH", 4, null));
        assessments(mine);
        Document alone = Pages.get(PAGE);
        assertThat(Pages.text(alone, ".govuk-panel__title")).isEqualTo("Scores submitted");
        assertThat(alone.select("table:has(caption:contains(Your scores)) tbody tr")).extracting(Element::text)
                .containsExactly(ASSESSOR + " value-for-money 4 Cashable savings in both councils");
        assertThat(Pages.text(alone, "#others")).isEqualTo("No other assessor has submitted scores yet.");
        assertThat(alone.select("#scoring-form")).isEmpty();

        assessments(mine, assessment("asm-12", "assessor2.dclg", "SUBMITTED", 2,
                        score("value-for-money", 3, "Benefits rely on savings not yet agreed", "MEDIUM", 4, "Not agreed yet")),
                assessment("asm-13", "assessor3.dclg", "DRAFT", 1, score("value-for-money", 1, "Still reading", null, null, null)));
        Document withOthers = Pages.get(PAGE);
        assertThat(withOthers.select("table:has(caption:contains(Other assessors)) tbody tr")).extracting(Element::text)
                .containsExactly("assessor2.dclg value-for-money 3 Benefits rely on savings not yet agreed");
        assertThat(withOthers.select("#others")).isEmpty();
    }

    @Test
    void anAcceptedAssignmentNotYetScoredOffersToStartAndStartingAsksTheServiceForADraft() {
        assessments();
        Document page = Pages.get(PAGE);
        assertThat(page.select("form[action=" + PAGE + "/start] button").text()).isEqualTo("Start scoring");
        assertThat(page.select("#scoring-form")).isEmpty();
        StandIns.answer("scoring", post(urlEqualTo("/assessments")), 201, DRAFT);

        Pages.formOn(PAGE).post(PAGE + "/start").then().statusCode(303)
                .header("Location", endsWith(PAGE));

        Services.server("scoring").verify(postRequestedFor(urlEqualTo("/assessments"))
                .withRequestBody(equalToJson("{\"assignmentId\": \"asg-7\", \"scores\": []}")));
    }

    @Test
    void aRefusedStartShowsTheServicesProblemWithTheStatusItGave() {
        assessments();
        StandIns.problem("scoring", post(urlEqualTo("/assessments")), 409,
                problem("no-scheme", "Round has no scheme", 409, "Round tca-2026 has no scheme yet"));

        Document page = Pages.html(Pages.formOn(PAGE).post(PAGE + "/start").then().statusCode(409).extract().response());

        assertThat(Pages.text(page, ".govuk-error-summary__title")).isEqualTo("Round has no scheme");
        assertThat(Pages.text(page, ".govuk-error-summary__body")).isEqualTo("Round tca-2026 has no scheme yet");
    }

    @Test
    void anAssignmentNotAcceptedCannotBeScored() {
        assessments();
        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("bid", equalTo(BID_ID)), page(myAssignment("OFFERED")));
        assertThat(Pages.text(Pages.get(PAGE), ".govuk-inset-text"))
                .isEqualTo("Accept this assignment on your assignments before scoring it.");

        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("bid", equalTo(BID_ID)), page(myAssignment("REVOKED")));
        Document revoked = Pages.get(PAGE);
        assertThat(Pages.text(revoked, ".govuk-inset-text")).isEqualTo("This assignment is revoked: it can no longer be scored.");
        assertThat(revoked.select("form")).isEmpty();
    }

    @Test
    void aBidNotAssignedToTheAssessorIsNotFound() {
        assessments();
        scoringService(get(urlPathEqualTo("/assignments")).withQueryParam("bid", equalTo(BID_ID)), page());

        Document page = Pages.get(PAGE, 404);

        assertThat(Pages.text(page, "h1")).isEqualTo("Page not found");
        assertThat(page.html()).doesNotContain(TITLE);
    }
}
