package uk.gov.tca.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.tca.scoring.testing.Actor.assessor;
import static uk.gov.tca.scoring.testing.Actor.assessorOf;
import static uk.gov.tca.scoring.testing.Actor.manager;
import static uk.gov.tca.scoring.testing.Schemes.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * PATCH with a JSON Merge Patch (RFC 7396) on a scheme, an assessor's own profile and a draft assessment: what is
 * sent changes and nothing else, under the same rules as the full replacement, and a refused patch changes nothing.
 * Each test starts from round r1 with its scheme, three assessors and the feed's three bids shared out.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(Neighbours.class)
class PartialUpdateTests {

    private static final Actor MANAGER = manager();
    private static final Actor A1 = assessor("assessor.one");
    private static final Actor A2 = assessor("assessor.two");
    private static final Actor AMS = assessorOf("assessor.midsuffolk", "GB-LAE-MSU");
    private static final String JUSTIFIED = "Justified at the length the scheme asks for, and then some more";

    @Inject
    FeedConsumer feed;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void aRoundSharedOut() {
        EmptyDatabase.empty(dataSource);
        Neighbours.reset();
        MANAGER.schemed(Schemes.forRound("r1"));
        List.of(A1, A2, AMS).forEach(Actor::registered);
        assertThat(feed.catchUp()).isEqualTo(3);
        MANAGER.autoAssigns("r1").statusCode(200);
    }

    @Test
    void aSchemePatchMergesItsOptionsKeepsItsCriteriaAndIsHeldToTheSchemeRules() {
        MANAGER.patches("/schemes/{id}", "\"0\"", Map.of("justificationMinLength", 30,
                        "moderation", Map.of("totalSpread", 1)), "r1")
                .statusCode(200).header("ETag", "\"1\"")
                .body("justificationMinLength", equalTo(30),
                        // an object merges into the one it names
                        "moderation.totalSpread", equalTo(1), "moderation.criterionSpread", equalTo(2),
                        "criteria.code", contains("value-for-money", "collaboration"), "assessorsPerBid", equalTo(2));
        // null sets an option back to its usual value
        MANAGER.patches("/schemes/{id}", "\"1\"", json("{\"justificationMinLength\": null}"), "r1").statusCode(200)
                .body("justificationMinLength", equalTo(50));

        MANAGER.patches("/schemes/{id}", "\"2\"", Map.of("criteria", List.of(Map.of("code", "only", "name", "Only",
                        "description", "Only", "weight", 0.5))), "r1")
                .statusCode(400).body("violations.field", hasItem("criteria"));
        MANAGER.patches("/schemes/{id}", "\"2\"", Map.of("roundId", "r9"), "r1").statusCode(400)
                .body("violations.field", hasItem("roundId"));
        MANAGER.patches("/schemes/{id}", "\"2\"", Map.of("scale", Map.of("max", 3)), "r1").statusCode(400)
                .body("violations.field", hasItem(containsString("scale")));
        MANAGER.patches("/schemes/{id}", null, Map.of("name", "X"), "r1").statusCode(428);
        MANAGER.patches("/schemes/{id}", "\"0\"", Map.of("name", "X"), "r1").statusCode(412);
        A1.patches("/schemes/{id}", "\"2\"", Map.of("name", "X"), "r1").statusCode(403);
        MANAGER.patches("/schemes/{id}", "\"0\"", Map.of("name", "X"), "r9").statusCode(404);
        MANAGER.readsSchemes("r1").body("version", contains(2), "name", contains("TCA 2013/14 assessment"),
                "[0].criteria.code", contains("value-for-money", "collaboration"));

        // once an assessment is in, the scheme is fixed, patch or not
        A1.scores("bab", List.of(withReason(score("value-for-money", 2, JUSTIFIED)),
                score("collaboration", 3, JUSTIFIED)));
        MANAGER.patches("/schemes/{id}", "\"2\"", Map.of("name", "Renamed"), "r1").statusCode(409);
    }

    @Test
    void anAssessorPatchesOneScoreOfItsDraftByCriterion() {
        String id = A1.drafted(A1.acceptsOfferOn("bab"), List.of(score("value-for-money", 2, JUSTIFIED)));

        A1.patches("/assessments/{id}", "\"0\"", Map.of("scores", Map.of("collaboration",
                        Map.of("score", 4, "justification", "Shared workforce already in place"))), id)
                .statusCode(200).header("ETag", "\"1\"")
                .body("scores.criterion", contains("value-for-money", "collaboration"),
                        "scores[0].score", equalTo(2), "scores[0].justification", equalTo(JUSTIFIED),
                        // the suggestion stays the service's
                        "scores[0].suggestedScore", equalTo(4), "scores[1].score", equalTo(4));
        // a field merges into its criterion's score; the rest of it is kept
        A1.patches("/assessments/{id}", "\"1\"", Map.of("scores", Map.of("value-for-money",
                        Map.of("overrideReason", "The appraisal misses the partners' savings"))), id)
                .statusCode(200).body("scores[0].score", equalTo(2), "scores[0].justification", equalTo(JUSTIFIED),
                        "scores[0].overrideReason", equalTo("The appraisal misses the partners' savings"));
        // a criterion sent as null is taken out of the draft
        A1.patches("/assessments/{id}", "\"2\"", json("{\"scores\": {\"collaboration\": null}}"), id)
                .statusCode(200).body("scores.criterion", contains("value-for-money"));

        // refused as a PUT would be, naming the field, and nothing changes
        A1.patches("/assessments/{id}", "\"3\"", Map.of("scores", Map.of("collaboration", Map.of("score", 9))), id)
                .statusCode(400).body("violations.field", hasItem(containsString("score")));
        A1.patches("/assessments/{id}", "\"3\"", Map.of("scores", Map.of("no-such-criterion", Map.of("score", 1))), id)
                .statusCode(400);
        A1.patches("/assessments/{id}", "\"3\"", Map.of("scores", Map.of("collaboration", 3)), id).statusCode(400)
                .body("violations.field", contains("scores.collaboration"));
        A1.patches("/assessments/{id}", "\"3\"", Map.of("scores", List.of()), id).statusCode(400)
                .body("violations.field", contains("scores"));
        A1.patches("/assessments/{id}", "\"3\"", Map.of("assignmentId", "another"), id).statusCode(400);
        A1.patches("/assessments/{id}", null, Map.of("scores", Map.of()), id).statusCode(428);
        A1.patches("/assessments/{id}", "\"0\"", Map.of("scores", Map.of()), id).statusCode(412);
        A2.patches("/assessments/{id}", "\"3\"", Map.of("scores", Map.of()), id).statusCode(404);
        MANAGER.patches("/assessments/{id}", "\"3\"", Map.of("scores", Map.of()), id).statusCode(403);
        A1.readsAssessment(id).body("version", equalTo(3), "scores.criterion", contains("value-for-money"),
                "scores[0].score", equalTo(2));

        // a submitted assessment is never changed
        A1.patches("/assessments/{id}", "\"3\"", Map.of("scores", Map.of("collaboration",
                Map.of("score", 3, "justification", JUSTIFIED))), id).statusCode(200);
        A1.submits(id).statusCode(200);
        A1.patches("/assessments/{id}", "\"5\"", Map.of("scores", Map.of("collaboration", Map.of("score", 1))), id)
                .statusCode(409);
    }

    @Test
    void anAssessorPatchesItsOwnProfileButNeverItsEmployer() {
        A1.patches("/assessors/me", "\"0\"", Map.of("displayName", "Assessor One"))
                .statusCode(200).header("ETag", "\"1\"").body("displayName", equalTo("Assessor One"),
                        "active", equalTo(true));
        A1.patches("/assessors/me", "\"1\"", Map.of("active", false)).statusCode(200)
                .body("displayName", equalTo("Assessor One"), "active", equalTo(false));
        A1.patches("/assessors/me", "\"2\"", json("{\"displayName\": null}")).statusCode(200)
                .body("displayName", nullValue(), "active", equalTo(false));

        A1.patches("/assessors/me", "\"3\"", Map.of("employerOrganisationId", "GB-LAE-BAB")).statusCode(400);
        A1.patches("/assessors/me", "\"3\"", Map.of("displayName", "x".repeat(201))).statusCode(400)
                .body("violations.field", hasItem("displayName"));
        A1.patches("/assessors/me", null, Map.of("active", true)).statusCode(428);
        A1.patches("/assessors/me", "\"0\"", Map.of("active", true)).statusCode(412);
        assessor("assessor.unregistered").patches("/assessors/me", "\"0\"", Map.of("active", true)).statusCode(404);
        MANAGER.patches("/assessors/me", "\"0\"", Map.of("active", true)).statusCode(403);
        A1.readsOwnProfile().body("version", equalTo(3), "active", equalTo(false),
                "employerOrganisationId", equalTo("TCA-DCLG"));
    }

    private static Map<String, Object> withReason(Map<String, Object> score) {
        score.put("overrideReason", "The appraisal does not capture the whole case");
        return score;
    }

    private static Object json(String text) {
        try {
            return new ObjectMapper().readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
