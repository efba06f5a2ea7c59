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

    public static Actor integrator() {
        return new Actor(Tokens.integrator());
    }

    /** Starts a bid, which must be taken; its id. */
    public String drafts(Map<String, Object> bid) {
        return tryToDraft(bid).statusCode(201).extract().path("id");
    }

    /** Asks to start a bid with any body (a map, or bytes as sent), taken or not. */
    public ValidatableResponse tryToDraft(Object bid) {
        // bytes go as they are (body(Object) would write them as a JSON string)
        RequestSpecification request = bid instanceof byte[] bytes ? request().body(bytes) : request().body(bid);
        return request.post("/bids").then();
    }

    /** Changes a draft, naming the version it read ({@code "\"0\""}). */
    public ValidatableResponse changes(String bidId, String version, Map<String, Object> bid) {
        return request().header("If-Match", version).body(bid).put("/bids/{id}", bidId).then();
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

    public ValidatableResponse readsTheFeed() {
        return request().queryParam("limit", 500).get("/feed").then();
    }

    public ValidatableResponse readsRound(String roundId) {
        return request().get("/rounds/{id}", roundId).then();
    }

    public ValidatableResponse opensRound(Map<String, Object> round) {
        return request().body(round).post("/rounds").then();
    }
}
