package uk.gov.tca.bid.disclosure;

import static uk.gov.tca.bid.testing.Actor.assessor;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.midSuffolk;
import static uk.gov.tca.bid.testing.Actor.scoringService;

import uk.gov.tca.bid.testing.Actor;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * One rule decides what a reader is shown of a bid, in its view and in every snapshot of its history: outsiders
 * (integrators, assessors with access) see nothing before submission, no field the bid redacted, no confidential
 * attachment's label or reference, no confidential resolution's evidence. The bid's councils and managers see all.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class DisclosureTests {

    private static final String DRAFT_WORDS = "An early draft that was never sent";
    private static final String EMAIL = "head.of.transformation@babergh.example";
    private static final String ANNEX = "Annex C: the staff consultation's responses";
    private static final String MINUTES = "Exempt minutes of the Joint Committee, item 7";

    private static String submittedWithSecrets() {
        Map<String, Object> body = Fixtures.baberghBid(Fixtures.openRound());
        body.put("narrative", Map.of("what-will-change", DRAFT_WORDS));
        body.put("contacts", List.of(Map.of("organisationId", "GB-LAE-BAB", "name", "Jo Officer",
                "email", EMAIL, "phone", "01473 000000", "redacted", List.of("EMAIL", "PHONE"))));
        body.put("attachments", List.of(
                Map.of("label", ANNEX, "present", true, "confidential", true, "reference", "annex-c.pdf"),
                Map.of("label", "Annex A: the project plan", "present", true, "confidential", false, "reference", "annex-a.pdf")));
        body.put("resolutions", List.of(Map.of("organisationId", "GB-LAE-BAB", "bodyType", "JOINT_COMMITTEE",
                "status", "PASSED", "evidence", MINUTES, "confidential", true)));
        String id = babergh().drafts(body);
        body.put("narrative", Map.of("what-will-change", "One integrated workforce serving both councils"));
        babergh().changes(id, "\"0\"", body).statusCode(200);
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200);
        return id;
    }

    @Test
    void outsidersSeeTheSameInTheHistoryAsInTheView() {
        String id = submittedWithSecrets();
        scoringService().grantsAccess(id, "assessor.dclg")
                .statusCode(204);
        for (Actor outsider : List.of(integrator(), assessor())) {
            String view = outsider.reads(id).statusCode(200)
                    .body("attachments[0].label", equalTo("[withheld: confidential]"),
                            "attachments[0].reference", nullValue(), "attachments[0].confidential", equalTo(true),
                            "attachments[1].label", equalTo("Annex A: the project plan"),
                            "contacts[0].email", nullValue(), "contacts[0].name", equalTo("Jo Officer"),
                            "resolutions[0].evidence", nullValue())
                    .extract().asString();
            JsonPath history = outsider.readsTheHistoryOf(id).statusCode(200)
                    .extract().jsonPath();
            String text = history.prettify();
            for (String secret : List.of(DRAFT_WORDS, EMAIL, ANNEX, "annex-c.pdf", MINUTES)) {
                assertThat(view).doesNotContain(secret);
                assertThat(text).as("history as an outsider reads it").doesNotContain(secret);
            }
            // from submission on: the drafts before it are not there, and the submission's 'before' is not shown
            assertThat(history.getList("items.action")).containsExactly("BID_SUBMITTED", "BID_IN_ASSESSMENT");
            assertThat(history.getString("items[0].before")).isNull();
            assertThat(history.getString("items[0].after.status")).isEqualTo("SUBMITTED");
            assertThat(history.getInt("total")).isEqualTo(2);
        }
    }

    @Test
    void theBidsOwnCouncilsAndManagersSeeItsWholeHistory() {
        String id = submittedWithSecrets();
        for (Actor insider : List.of(babergh(), midSuffolk(), manager())) {
            String text = insider.readsTheHistoryOf(id).statusCode(200)
                    .body("items.action", contains("BID_CREATED", "BID_UPDATED", "BID_PARTICIPANT_CONFIRMED", "BID_SUBMITTED"))
                    .extract().asString();
            assertThat(text).contains(DRAFT_WORDS, EMAIL, ANNEX, MINUTES);
        }
        babergh().reads(id)
                .body("attachments[0].label", equalTo(ANNEX), "contacts[0].email", equalTo(EMAIL));
    }

    @Test
    void aReturnedBidsDraftStateIsNotShownToOutsidersAfterItIsSubmittedAgain() {
        String id = submittedWithSecrets();
        manager().returns(id, "The cost table does not add up").statusCode(200);
        integrator().reads(id).statusCode(404);
        integrator().readsTheHistoryOf(id).statusCode(404);
        babergh().submits(id).statusCode(200);
        JsonPath history = integrator().readsTheHistoryOf(id).statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("BID_SUBMITTED", "BID_RETURNED", "BID_SUBMITTED");
        assertThat(history.getString("items[1].before.status")).isEqualTo("SUBMITTED");
        assertThat(history.getString("items[1].after")).as("the draft it went back to").isNull();
        assertThat(history.getString("items[2].before")).isNull();
    }
}
