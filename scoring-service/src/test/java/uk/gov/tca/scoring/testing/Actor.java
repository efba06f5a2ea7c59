package uk.gov.tca.scoring.testing;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import uk.gov.tca.platform.testing.ApiActor;

/**
 * Someone using the scoring-service as the rule book speaks of them — a programme manager, an assessor and the
 * organisation it works for, a bidder, an integrator — doing what they do through the API:
 * {@code assessor("assessor.one").accepts(id)}, {@code manager().autoAssigns("r1")}. Each step answers the response
 * to assert on; the steps that must succeed to go on ({@code assigned}, {@code accepted}, {@code drafted}) say so and
 * answer what the next step needs.
 */
public final class Actor extends ApiActor {

    /** The funder's organisation in the tests: assessors employed there are conflicted on no council's bid. */
    public static final String FUNDER = "TCA-DCLG";

    private Actor(String token) {
        super(token);
    }

    public static Actor withToken(String token) {
        return new Actor(token);
    }

    public static Actor manager() {
        return new Actor(Tokens.of("manager.dclg", "programme-manager", FUNDER));
    }

    /** Worcestershire County Council's programme manager, who runs the council's own fund and not DCLG's. */
    public static Actor worcestershireManager() {
        return new Actor(Tokens.of("manager.worcestershire", "programme-manager", "GB-LAE-WOR"));
    }

    /** An assessor employed by the funder. */
    public static Actor assessor(String user) {
        return assessorOf(user, FUNDER);
    }

    /** An assessor employed by this organisation, as its token says. */
    public static Actor assessorOf(String user, String organisation) {
        return new Actor(Tokens.of(user, "assessor", organisation));
    }

    public static Actor bidder() {
        return new Actor(Tokens.of("bidder.babergh", "bidder", "GB-LAE-BAB"));
    }

    public static Actor integrator() {
        return new Actor(Tokens.withoutOrganisation("gov-integrator", "integrator"));
    }

    // assessors

    /** Registers as an assessor (or updates its profile) with nothing to say. */
    public ValidatableResponse registers() {
        return registers(Map.of());
    }

    public ValidatableResponse registers(Map<String, Object> profile) {
        return request().body(profile).put("/assessors/me").then();
    }

    /** Registers, which must be taken; this actor, to go on. */
    public Actor registered() {
        registers().statusCode(201);
        return this;
    }

    public ValidatableResponse readsOwnProfile() {
        return request().get("/assessors/me").then();
    }

    public ValidatableResponse readsAssessor(String username) {
        return request().get("/assessors/{u}", username).then();
    }

    public ValidatableResponse declares(Map<String, Object> interest) {
        return request().body(interest).post("/assessors/me/interests").then();
    }

    public ValidatableResponse previews(Map<String, Object> interest) {
        return request().body(interest).post("/assessors/me/interests/preview").then();
    }

    public ValidatableResponse recordsSecondment(String username, Map<String, Object> secondment) {
        return request().body(secondment).post("/assessors/{u}/secondments", username).then();
    }

    public ValidatableResponse dispenses(String username, Map<String, Object> dispensation) {
        return request().body(dispensation).post("/assessors/{u}/dispensations", username).then();
    }

    public ValidatableResponse revokes(String username, String dispensationId, String reason) {
        return request().body(Map.of("reason", reason)).post("/assessors/{u}/dispensations/{d}/revocation", username,
                dispensationId).then();
    }

    // schemes and conflicts

    public ValidatableResponse setsScheme(Object scheme) {
        return request().body(scheme).post("/schemes").then();
    }

    public ValidatableResponse setsScheme(Object scheme, String idempotencyKey) {
        return request().header("Idempotency-Key", idempotencyKey).body(scheme).post("/schemes").then();
    }

    /** Sets the round's scheme, which must be taken. */
    public void schemed(Map<String, Object> scheme) {
        setsScheme(scheme).statusCode(201);
    }

    public ValidatableResponse readsSchemes(String roundId) {
        return request().queryParam("round", roundId).get("/schemes").then();
    }

    public ValidatableResponse conflictsOn(String bidId) {
        return request().queryParam("bid", bidId).get("/conflicts").then();
    }

    public ValidatableResponse conflictsOf(String assessor) {
        return request().queryParam("assessor", assessor).get("/conflicts").then();
    }

    // assignments

    public ValidatableResponse assigns(String bidId, String assessor) {
        return tryToAssign(Map.of("bidId", bidId, "assessor", assessor));
    }

    public ValidatableResponse tryToAssign(Map<String, Object> body) {
        return request().body(body).post("/assignments").then();
    }

    /** Assigns the bid to the assessor, which must be taken; the assignment's id. */
    public String assigned(String bidId, String assessor) {
        return assigns(bidId, assessor).statusCode(201).extract().path("id");
    }

    public ValidatableResponse autoAssigns(String roundId) {
        return request().body(Map.of("roundId", roundId)).post("/assignments/auto").then();
    }

    /** The caller's assignments (an assessor's own, a manager's all), filtered by pairs of parameter and value. */
    public ValidatableResponse assignments(Object... filters) {
        RequestSpecification request = request();
        for (int i = 0; i + 1 < filters.length; i += 2) {
            request = request.queryParam((String) filters[i], filters[i + 1]);
        }
        return request.get("/assignments").then();
    }

    public ValidatableResponse readsAssignment(String id) {
        return request().get("/assignments/{id}", id).then();
    }

    public ValidatableResponse accepts(String assignmentId) {
        return request().post("/assignments/{id}/acceptance", assignmentId).then();
    }

    /** Accepts the assignment the caller is offered on this bid, which must be taken; its id. */
    public String acceptsOfferOn(String bidId) {
        String id = assignments("bid", bidId, "status", "OFFERED").extract().path("items[0].id");
        accepts(id).statusCode(200);
        return id;
    }

    public ValidatableResponse declines(String assignmentId, Map<String, Object> reason) {
        return request().body(reason).post("/assignments/{id}/decline", assignmentId).then();
    }

    // assessments

    public ValidatableResponse drafts(String assignmentId, List<Map<String, Object>> scores) {
        return request().body(Map.of("assignmentId", assignmentId, "scores", scores)).post("/assessments").then();
    }

    /** Drafts scores, which must be taken; the assessment's id. */
    public String drafted(String assignmentId, List<Map<String, Object>> scores) {
        return drafts(assignmentId, scores).statusCode(201).extract().path("id");
    }

    /** Changes a draft, naming the version it read ({@code "\"0\""}), or none when null. */
    public ValidatableResponse changes(String assessmentId, String version, List<Map<String, Object>> scores) {
        RequestSpecification request = request().body(Map.of("scores", scores));
        if (version != null) {
            request = request.header("If-Match", version);
        }
        return request.put("/assessments/{id}", assessmentId).then();
    }

    public ValidatableResponse submits(String assessmentId) {
        return request().post("/assessments/{id}/submission", assessmentId).then();
    }

    public ValidatableResponse submits(String assessmentId, String idempotencyKey) {
        return request().header("Idempotency-Key", idempotencyKey).post("/assessments/{id}/submission", assessmentId).then();
    }

    /** Accepts its offer on the bid, drafts these scores and submits them, each of which must be taken. */
    public String scores(String bidId, List<Map<String, Object>> scores) {
        String id = drafted(acceptsOfferOn(bidId), scores);
        submits(id).statusCode(200);
        return id;
    }

    public ValidatableResponse assessmentsOf(String bidId) {
        return request().queryParam("bid", bidId).get("/assessments").then();
    }

    public ValidatableResponse assessments() {
        return request().get("/assessments").then();
    }

    public ValidatableResponse assessmentsInStatus(String roundId, String status) {
        return request().queryParam("round", roundId).queryParam("status", status).get("/assessments").then();
    }

    public ValidatableResponse readsAssessment(String id) {
        return request().get("/assessments/{id}", id).then();
    }

    // moderation, ranking, decisions and what is published

    public ValidatableResponse moderationOf(String bidId) {
        return request().get("/moderations/{bid}", bidId).then();
    }

    public ValidatableResponse moderations(String roundId) {
        return request().queryParam("round", roundId).get("/moderations").then();
    }

    public ValidatableResponse flaggedModerations(String roundId) {
        return request().queryParam("round", roundId).queryParam("flagged", "true").get("/moderations").then();
    }

    public ValidatableResponse moderates(String bidId, Map<String, Object> moderation) {
        return request().body(moderation).post("/moderations/{bid}", bidId).then();
    }

    public ValidatableResponse ranking(String roundId) {
        return request().get("/rankings/{round}", roundId).then();
    }

    public ValidatableResponse decides(String roundId, Map<String, Object> allocation) {
        return request().body(allocation).post("/decisions/{round}", roundId).then();
    }

    public ValidatableResponse decision(String roundId) {
        return request().get("/decisions/{round}", roundId).then();
    }

    /** Overrides one bid's line of the decision, naming the version it read. */
    public ValidatableResponse overrides(String roundId, String bidId, String version, Map<String, Object> line) {
        return request().header("If-Match", version).body(line).put("/decisions/{round}/lines/{bid}", roundId, bidId).then();
    }

    /** Discards a round's draft decisions, naming the version it read (null: no If-Match). */
    public ValidatableResponse discards(String roundId, String version) {
        var request = request();
        if (version != null) {
            request.header("If-Match", version);
        }
        return request.delete("/decisions/{round}", roundId).then();
    }

    public ValidatableResponse publishes(String roundId) {
        return request().post("/decisions/{round}/publication", roundId).then();
    }

    public ValidatableResponse exports(String roundId) {
        return request().queryParam("round", roundId).get("/exports/360giving").then();
    }

    /** The export with no format, asking for it by Accept as a client does. */
    public ValidatableResponse exportsAccepting(String roundId, String accept) {
        return request().accept(accept).queryParam("round", roundId).get("/exports/360giving").then();
    }

    public ValidatableResponse exports(String roundId, String format) {
        return request().queryParam("round", roundId).queryParam("format", format).get("/exports/360giving").then();
    }

    public ValidatableResponse reconciles(String roundId) {
        return request().body(Map.of("roundId", roundId)).post("/reconciliations").then();
    }
}
