package uk.gov.tca.partner.testing;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import uk.gov.tca.platform.testing.ApiActor;

/**
 * Someone using the register, as its rules speak of them — a programme manager who keeps it, a council's bidder or an
 * assessor who reads it — doing what they do through the API: {@code manager().records(organisation)},
 * {@code bidder().reads("GB-LAE-BAB")}. Each step answers the response to assert on.
 */
public final class Actor extends ApiActor {

    private Actor(String token) {
        super(token);
    }

    public static Actor withToken(String token) {
        return new Actor(token);
    }

    public static Actor manager() {
        return new Actor(Tokens.manager());
    }

    public static Actor bidder() {
        return new Actor(Tokens.bidder());
    }

    public static Actor assessor() {
        return new Actor(Tokens.assessor());
    }

    public static Actor integrator() {
        return new Actor(Tokens.integrator());
    }

    /** Records an organisation (programme managers). */
    public ValidatableResponse records(Object organisation) {
        return request().body(organisation).post("/organisations").then();
    }

    /** Changes an organisation, naming the version it read. */
    public ValidatableResponse changes(String id, String version, Object organisation) {
        return request().header("If-Match", version).body(organisation).put("/organisations/{id}", id).then();
    }

    public ValidatableResponse reads(String id) {
        return request().get("/organisations/{id}", id).then();
    }

    public ValidatableResponse readsTheHistoryOf(String id) {
        return request().get("/organisations/{id}/history", id).then();
    }

    /** Searches the register by one parameter ({@code q}, {@code type}, {@code identifier} …). */
    public ValidatableResponse searches(String parameter, Object value) {
        return request().queryParam(parameter, value).get("/organisations").then();
    }

    public ValidatableResponse relatedTo(String id) {
        return request().get("/organisations/{id}/related", id).then();
    }

    public ValidatableResponse relationsOf(String id) {
        return request().get("/organisations/{id}/relations", id).then();
    }

    /** Records a relation from one organisation to another (programme managers). */
    public ValidatableResponse relates(String from, Object relation) {
        return request().body(relation).post("/organisations/{id}/relations", from).then();
    }

    public ValidatableResponse removesRelation(String from, Object relationId) {
        return request().delete("/organisations/{id}/relations/{relationId}", from, relationId).then();
    }

    public ValidatableResponse recordsCollaboration(Object collaboration) {
        return request().body(collaboration).post("/collaborations").then();
    }

    public ValidatableResponse readsCollaboration(String id) {
        return request().get("/collaborations/{id}", id).then();
    }

    public ValidatableResponse readsTheFeed(Object after) {
        RequestSpecification request = request().queryParam("limit", 500);
        return (after == null ? request : request.queryParam("after", after)).get("/feed").then();
    }

    /** The register's own client reading its feed after a cursor (null: from the start), up to a page of this size. */
    public ValidatableResponse readsTheFeed(Object after, int limit) {
        var request = request().queryParam("limit", limit);
        return (after == null ? request : request.queryParam("after", after)).get("/feed").then();
    }

    /** The scoring-service, as the register's feed knows it (role {@code service}). */
    public static Actor scoringService() {
        return new Actor(io.quarkus.test.oidc.server.OidcWiremockTestResource.getAccessToken(
                "service-account-scoring-service", java.util.Set.of("service")));
    }

    /** Proposes an organisation the register does not have. */
    public ValidatableResponse proposes(Object proposal) {
        return request().body(proposal).post("/organisations/proposals").then();
    }

    public ValidatableResponse confirms(String id) {
        return request().post("/organisations/{id}/confirmation", id).then();
    }

    public ValidatableResponse merges(String id, String into) {
        return request().body(java.util.Map.of("into", into)).post("/organisations/{id}/merger", id).then();
    }
}
