package uk.gov.tca.bid.testing;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import uk.gov.tca.platform.testing.ApiActor;
import java.util.Map;

/**
 * Someone using the bid-service, as the rule book speaks of them — a council's bidder, a programme manager, an
 * integrator — doing what they do through the API: {@code babergh().drafts(bid)}, {@code midSuffolk().confirms(id,
 * "GB-LAE-MSU")}. Each step answers the response to assert on; what every request needs (the token, JSON) is said once.
 */
public final class Actor extends ApiActor {

    private Actor(String token) {
        super(token);
    }

    /** Whoever the token is. */
    public static Actor withToken(String token) {
        return new Actor(token);
    }

    /** A bidder of an organisation, by its register id. */
    public static Actor bidderOf(String user, String organisationId) {
        return new Actor(Tokens.bidder(user, organisationId));
    }

    public static Actor babergh() {
        return new Actor(Tokens.babergh());
    }

    public static Actor midSuffolk() {
        return new Actor(Tokens.midSuffolk());
    }

    public static Actor cheshireWest() {
        return new Actor(Tokens.cheshireWest());
    }

    public static Actor manager() {
        return new Actor(Tokens.manager());
    }

    /** Worcestershire County Council's programme manager, who runs the council's own fund (FutureFit). */
    public static Actor worcestershireManager() {
        return new Actor(Tokens.managerOf("manager.worcestershire", "GB-LAE-WOR"));
    }

    public static Actor worcestershireAssessor() {
        return new Actor(Tokens.assessorOf("assessor.worcestershire", "GB-LAE-WOR"));
    }

    public static Actor integrator() {
        return new Actor(Tokens.integrator());
    }

    /** A bidder whose token names no organisation: who it bids for cannot be known. */
    public static Actor bidderWithoutAnOrganisation() {
        return new Actor(Tokens.bidderWithoutOrganisation());
    }

    /** The programme's assessor, assessor.dclg; sees a bid only while granted access to it. */
    public static Actor assessor() {
        return new Actor(Tokens.assessor());
    }

    /** An assessor by user name ({@code "assessor.one"}), as the scoring-service names them in access grants. */
    public static Actor assessor(String user) {
        return new Actor(Tokens.assessor(user));
    }

    /** The scoring-service's service account: grants assessors access and records decisions. */
    public static Actor scoringService() {
        return new Actor(Tokens.scoringService());
    }

    /** Starts a bid, which must be taken; its id. */
    public String drafts(Map<String, Object> bid) {
        return tryToDraft(bid).statusCode(201).extract().path("id");
    }

    /** Asks to start a bid with any body (a map, JSON text, or bytes as sent), taken or not. */
    public ValidatableResponse tryToDraft(Object bid) {
        // bytes go as they are (body(Object) would write them as a JSON string)
        RequestSpecification request = bid instanceof byte[] bytes ? request().body(bytes) : request().body(bid);
        return request.post("/bids").then();
    }

    /** Changes a draft, naming the version it read ({@code "\"0\""}). */
    public ValidatableResponse changes(String bidId, String version, Map<String, Object> bid) {
        return request().header("If-Match", version).body(bid).put("/bids/{id}", bidId).then();
    }

    /** Changes part of a draft with a JSON Merge Patch, naming the version it read. */
    public ValidatableResponse patches(String bidId, String version, Object patch) {
        // rest-assured would write a type it does not know in ISO-8859-1; JSON is UTF-8
        var request = request().contentType("application/merge-patch+json; charset=UTF-8").body(patch);
        return (version == null ? request : request.header("If-Match", version)).patch("/bids/{id}", bidId).then();
    }

    /** Changes a draft without saying which version it read: refused, a change must name one. */
    public ValidatableResponse changes(String bidId, Map<String, Object> bid) {
        return request().body(bid).put("/bids/{id}", bidId).then();
    }

    public ValidatableResponse reads(String bidId) {
        return request().get("/bids/{id}", bidId).then();
    }

    public ValidatableResponse readsTheHistoryOf(String bidId) {
        return request().get("/bids/{id}/history", bidId).then();
    }

    public ValidatableResponse searches() {
        return request().get("/bids").then();
    }

    public ValidatableResponse appraises(String bidId) {
        return request().get("/bids/{id}/appraisal", bidId).then();
    }

    /** One organisation's part of the bid's appraisal: who pays and who benefits. */
    public ValidatableResponse appraisesThePartOf(String bidId, String organisationId) {
        return request().queryParam("organisation", organisationId).get("/bids/{id}/appraisal", bidId).then();
    }

    /** The lead withdraws its bid, saying why. */
    public ValidatableResponse withdraws(String bidId, String reason) {
        return request().body(Map.of("reason", reason)).post("/bids/{id}/withdrawal", bidId).then();
    }

    /** A programme manager returns a submitted bid to its council, saying why. */
    public ValidatableResponse returns(String bidId, String reason) {
        return request().body(Map.of("reason", reason)).post("/bids/{id}/return", bidId).then();
    }

    public ValidatableResponse searches(String parameter, Object value) {
        return request().queryParam(parameter, value).get("/bids").then();
    }

    public ValidatableResponse submits(String bidId) {
        return request().post("/bids/{id}/submission", bidId).then();
    }

    /** Submits under an idempotency key, so that a retry with the same key is answered as the first was. */
    public ValidatableResponse submits(String bidId, String idempotencyKey) {
        return request().header("Idempotency-Key", idempotencyKey).post("/bids/{id}/submission", bidId).then();
    }

    /** Searches one round's bids, narrowed or paged by one more parameter ({@code "organisation"}, {@code "size"}). */
    public ValidatableResponse searchesRound(String roundId, String parameter, Object value) {
        return request().queryParam("round", roundId).queryParam(parameter, value).get("/bids").then();
    }

    /** Confirms an organisation's part without saying which version it read. */
    public ValidatableResponse confirms(String bidId, String organisationId) {
        return request().body(Map.of()).post("/bids/{id}/participants/{org}/confirmation", bidId, organisationId).then();
    }

    /** Confirms an organisation's part in the version it read, with a note (or an empty body). */
    public ValidatableResponse confirms(String bidId, String organisationId, String version, Map<String, Object> note) {
        return request().header("If-Match", version).body(note)
                .post("/bids/{id}/participants/{org}/confirmation", bidId, organisationId).then();
    }

    /** Declines an organisation's part; a null reason sends none. */
    public ValidatableResponse declines(String bidId, String organisationId, String reason) {
        return request().body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/bids/{id}/participants/{org}/declination", bidId, organisationId).then();
    }

    /** Records a bid received by other means, as submitted when it was (programme managers). */
    public ValidatableResponse records(String leadOrganisationId, String submittedAt, Map<String, Object> bid) {
        return request().body(Map.of("leadOrganisationId", leadOrganisationId, "submittedAt", submittedAt, "bid", bid))
                .post("/bids/imports").then();
    }

    /**
     * Records a bid received by other means under an idempotency key, so that a rerun records nothing twice and a
     * different bid under the same key is refused.
     */
    public ValidatableResponse recordsOnce(String idempotencyKey, String leadOrganisationId, String submittedAt,
            Map<String, Object> bid) {
        return recordsOnce(idempotencyKey,
                Map.of("leadOrganisationId", leadOrganisationId, "submittedAt", submittedAt, "bid", bid));
    }

    /** Records a bid under an idempotency key, the whole import request as sent: a map, or JSON text (a demo file). */
    public ValidatableResponse recordsOnce(String idempotencyKey, Object importRequest) {
        return request().header("Idempotency-Key", idempotencyKey).body(importRequest).post("/bids/imports").then();
    }

    /** The scoring-service lets an assessor read a submitted bid while it is assessed. */
    public ValidatableResponse grantsAccess(String bidId, String assessor) {
        return request().put("/bids/{id}/access-grants/{a}", bidId, assessor).then();
    }

    /** The scoring-service takes an assessor's access away; taking it again still succeeds. */
    public ValidatableResponse endsAccess(String bidId, String assessor) {
        return request().delete("/bids/{id}/access-grants/{a}", bidId, assessor).then();
    }

    /** Who may assess the bid now. */
    public ValidatableResponse readsTheAccessGrantsOf(String bidId) {
        return request().get("/bids/{id}/access-grants", bidId).then();
    }

    /** The scoring-service records the programme's decision on a bid: an outcome, and for a funded bid the amount. */
    public ValidatableResponse recordsDecision(String bidId, Map<String, Object> decision) {
        return request().body(decision).post("/bids/{id}/decision", bidId).then();
    }

    /** A programme manager records that a delegated decision was reported to its committee. */
    public ValidatableResponse reportsDecision(String bidId, Map<String, Object> report) {
        return request().body(report).post("/bids/{id}/decision/report", bidId).then();
    }

    /** The feed from its start, up to 500 events: enough for every test's events. */
    public ValidatableResponse readsTheFeed() {
        return request().queryParam("limit", 500).get("/feed").then();
    }

    /** The feed from its start, at most {@code limit} events. */
    public ValidatableResponse readsTheFeed(int limit) {
        return request().queryParam("limit", limit).get("/feed").then();
    }

    /** Asks for the feed with neither cursor nor limit: whether this reader may read it at all. */
    public ValidatableResponse triesToReadTheFeed() {
        return request().get("/feed").then();
    }

    /** The events committed after a cursor (a {@code next} of an earlier read), as many as the feed serves at once. */
    public ValidatableResponse readsTheFeedAfter(String cursor) {
        return request().queryParam("after", cursor).get("/feed").then();
    }

    /** The events committed after a cursor, at most {@code limit} of them. */
    public ValidatableResponse readsTheFeedAfter(String cursor, int limit) {
        return request().queryParam("after", cursor).queryParam("limit", limit).get("/feed").then();
    }

    public ValidatableResponse readsRound(String roundId) {
        return request().get("/rounds/{id}", roundId).then();
    }

    /** The rounds, up to {@code size} on the page. */
    public ValidatableResponse readsTheRounds(int size) {
        return request().queryParam("size", size).get("/rounds").then();
    }

    /** A programme manager opens a round (taken or not: only managers may, and only a well-formed one). */
    public ValidatableResponse opensRound(Map<String, Object> round) {
        return request().body(round).post("/rounds").then();
    }

    /** Changes a round, naming the version it read ({@code "\"0\""}). */
    public ValidatableResponse changesRound(String roundId, String version, Map<String, Object> round) {
        return request().header("If-Match", version).body(round).put("/rounds/{id}", roundId).then();
    }

    /** Changes part of a round with a JSON Merge Patch, naming the version it read (null: naming none). */
    public ValidatableResponse patchesRound(String roundId, String version, Object patch) {
        var request = request().contentType("application/merge-patch+json; charset=UTF-8").body(patch);
        return (version == null ? request : request.header("If-Match", version)).patch("/rounds/{id}", roundId).then();
    }

    /** Changes a round without saying which version it read: refused, a change must name one. */
    public ValidatableResponse changesRound(String roundId, Map<String, Object> round) {
        return request().body(round).put("/rounds/{id}", roundId).then();
    }
}
