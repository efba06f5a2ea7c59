package uk.gov.tca.bid.bids;

import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.bidderOf;
import static uk.gov.tca.bid.testing.Actor.cheshireWest;
import static uk.gov.tca.bid.testing.Actor.integrator;
import static uk.gov.tca.bid.testing.Actor.manager;
import static uk.gov.tca.bid.testing.Actor.midSuffolk;
import static uk.gov.tca.bid.testing.Actor.withToken;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * Naming an organisation is not its consent: one named with obligations (co-applicant, accountable body, grant
 * recipient) confirms or declines through a bidder of its own before the bid can be submitted; the lead sees who
 * has not; an answer stands while the organisation is named as it answered. And the round's own funder never
 * takes part in a bid to it.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ParticipantConsentTests {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aCoApplicantThatHasNotConfirmedStopsSubmissionAndTheLeadSeesWho() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        babergh().reads(id)
                .body("participants[0].consent.status", equalTo("CONFIRMED"),
                        "participants[0].consent.by", equalTo("bidder.babergh"),
                        "participants[1].consent.status", equalTo("PENDING"));
        babergh().submits(id).statusCode(422)
                .contentType(PROBLEM).body("violations.field", contains("participants[1].organisationId"),
                        "violations[0].message", containsString("GB-LAE-MSU has not confirmed"));

        // the organisation agrees to the bid as it read it: without the version it read, or with an older one, nothing
        midSuffolk().confirms(id, "GB-LAE-MSU").statusCode(428);
        midSuffolk().confirms(id, "GB-LAE-MSU", "\"7\"", Map.of()).statusCode(412);
        midSuffolk().confirms(id, "GB-LAE-MSU", "\"0\"", Map.of("note", "Agreed by Mid Suffolk's Executive on 8 July 2013")).statusCode(200)
                .header("ETag", "\"1\"").body("participants[1].consent.status", equalTo("CONFIRMED"),
                        "participants[1].consent.by", equalTo("bidder.midsuffolk"),
                        "participants[1].consent.note", equalTo("Agreed by Mid Suffolk's Executive on 8 July 2013"));
        // a second confirmation changes nothing
        midSuffolk().confirms(id, "GB-LAE-MSU").statusCode(200)
                .header("ETag", "\"1\"");
        babergh().submits(id).statusCode(200);
        babergh().readsTheHistoryOf(id)
                .body("items.action", contains("BID_CREATED", "BID_PARTICIPANT_CONFIRMED", "BID_SUBMITTED"),
                        "items[1].actor", equalTo("bidder.midsuffolk"));
    }

    @Test
    void onlyTheNamedOrganisationsOwnBiddersAnswerForIt() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        babergh().confirms(id, "GB-LAE-MSU").statusCode(403)
                .contentType(PROBLEM).body("detail", containsString("GB-LAE-MSU's own bidders"));
        // an organisation not on the bid cannot see it at all
        cheshireWest().confirms(id, "GB-LAE-CHW").statusCode(404);
        manager().confirms(id, "GB-LAE-MSU").statusCode(403);
        midSuffolk().confirms(id, "GB-LAE-XYZ").statusCode(404);
        babergh().reads(id).body("version", equalTo(0),
                "participants[1].consent.status", equalTo("PENDING"));
    }

    @Test
    void aDecliningOrganisationIsTakenOffTheBidWithItsReasonKept() {
        String id = babergh().drafts(Fixtures.baberghBid(Fixtures.openRound()));
        midSuffolk().declines(id, "GB-LAE-MSU", null).statusCode(400)
                .body("violations.field", hasItem("reason"));
        midSuffolk().declines(id, "GB-LAE-MSU", "Mid Suffolk's Executive did not agree to be jointly accountable").statusCode(200)
                .body("participants.organisationId", not(hasItem("GB-LAE-MSU")));
        midSuffolk().reads(id).statusCode(404);
        midSuffolk().searches("organisation", "GB-LAE-MSU")
                .body("items.id", not(hasItem(id)));
        babergh().readsTheHistoryOf(id)
                .body("items[1].action", equalTo("BID_PARTICIPANT_DECLINED"),
                        "items[1].after.declined.organisationId", equalTo("GB-LAE-MSU"),
                        "items[1].after.declined.reason", equalTo("Mid Suffolk's Executive did not agree to be jointly accountable"));
        // the lead does not decline its own bid
        babergh().declines(id, "GB-LAE-BAB", "changed our mind").statusCode(409);
        babergh().submits(id).statusCode(200);
    }

    @Test
    void anAnswerStandsWhileTheOrganisationIsNamedAsItAnsweredAndIsAskedAgainOtherwise() {
        String round = Fixtures.openRound();
        Map<String, Object> body = Fixtures.baberghBid(round);
        String id = babergh().drafts(body);
        Fixtures.partnersConfirm(id);
        body.put("title", "Babergh and Mid Suffolk: one workforce");
        babergh().changes(id, "\"1\"", body).statusCode(200).body("participants[1].consent.status", equalTo("CONFIRMED"));
        body.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY"), "jointAndSeveral", true),
                Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT", "ACCOUNTABLE_BODY", "GRANT_RECIPIENT"),
                        "jointAndSeveral", true)));
        babergh().changes(id, "\"2\"", body).statusCode(200).body("participants[1].consent.status", equalTo("PENDING"),
                        "participants[1].consent.by", nullValue());
        babergh().submits(id).statusCode(422);
        // agreed again, then the lead asks for more money: what was agreed to is not what is asked, so it is asked again
        Fixtures.partnersConfirm(id);
        body.put("amountSought", Fixtures.money(466900, "Total Award sought £466,900"));
        babergh().changes(id, "\"4\"", body).statusCode(200).body("participants[1].consent.status", equalTo("PENDING"),
                        "participants[0].consent.status", equalTo("CONFIRMED"));
    }

    @Test
    void aSupporterMayStayUnconfirmedAndDeclineLaterWhichTheFeedTells() {
        Map<String, Object> body = Fixtures.baberghBid(Fixtures.openRound());
        body.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-CHW", "roles", List.of("SUPPORTER"))));
        String id = babergh().drafts(body);
        babergh().submits(id).statusCode(200)
                .body("participants[1].consent.status", equalTo("PENDING"));
        cheshireWest().declines(id, "GB-LAE-CHW", "Cheshire West never agreed to support this bid").statusCode(200)
                .body("participants.organisationId", contains("GB-LAE-BAB"));
        integrator().readsTheFeed()
                .body("events.findAll { it.subject == '" + id + "' }.type",
                        contains("uk.gov.tca.bid.submitted", "uk.gov.tca.bid.participants-changed"),
                        "events.findAll { it.subject == '" + id + "' }[1].data.organisations", contains("GB-LAE-BAB"));
    }

    @Test
    void anOrganisationWithObligationsAnswersBeforeSubmissionNotAfter() {
        String round = Fixtures.openRound();
        String id = manager().records("GB-LAE-BAB", java.time.Instant.now().minusSeconds(60).toString(), Fixtures.baberghBid(round)).statusCode(201)
                .body("participants.consent.status", contains("CONFIRMED", "CONFIRMED"),
                        "participants[1].consent.by", equalTo("manager.dclg"))
                .extract().path("id");
        midSuffolk().declines(id, "GB-LAE-MSU", "We would rather not after all").statusCode(409);
    }

    @Test
    void theRoundsFunderNeverTakesPartInABidToIt() {
        String round = Fixtures.openRound();
        babergh().readsRound(round)
                .body("funderOrganisationId", equalTo("TCA-DCLG"));
        Map<String, Object> body = Fixtures.baberghBid(round);
        body.put("participants", List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "TCA-DCLG", "roles", List.of("PARTNER"))));
        babergh().tryToDraft(body)
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:tca:problem:funder-takes-part"),
                        "violations.field", contains("participants[1].organisationId"),
                        "violations[0].message", containsString("FUNDER_TAKES_NO_PART"));
        // nor may the funder lead one: its bidders would be choosing their own assessors
        Map<String, Object> ledByTheFunder = Fixtures.baberghBid(round);
        ledByTheFunder.put("participants", List.of(Map.of("organisationId", "GB-LAE-MSU", "roles", List.of("CO_APPLICANT"))));
        bidderOf("bidder.dclg", "TCA-DCLG").tryToDraft(ledByTheFunder).statusCode(422)
                .body("violations.field", hasItem("leadOrganisationId"));
        // nor be added later
        String id = babergh().drafts(Fixtures.baberghBid(round));
        babergh().changes(id, "\"0\"", body).statusCode(422);
        manager().records("GB-LAE-BAB", java.time.Instant.now().minusSeconds(60).toString(), body).statusCode(422);
    }

    @Test
    void aManagerWhoseTokenNamesNoOrganisationRunsNoRound() {
        String manager = io.quarkus.test.oidc.server.OidcWiremockTestResource.getAccessToken("manager.nowhere",
                java.util.Set.of("programme-manager"));
        withToken(manager).request()
                .body(Fixtures.round("no-funder-" + System.nanoTime(), java.time.Instant.now().minusSeconds(60),
                        java.time.Instant.now().plusSeconds(86400)))
                .post("/rounds").then().statusCode(403).contentType(PROBLEM);
    }
}
