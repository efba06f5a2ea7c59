package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.tca.e2e.LocalStack;
import uk.gov.tca.e2e.Rounds;

/**
 * Naming an organisation is not its consent: a partner with obligations (co-applicant, accountable body, grant
 * recipient) confirms or declines through a bidder of its own, and the bid is not submitted until each has
 * confirmed. Supporters may stay unconfirmed. A bid a manager records from paper carries the manager's
 * confirmation.
 */
@ExtendWith({LocalStack.class, ReliabilityReport.class})
class ConsentTests {

    private static int submittedWithoutConsent;
    private static String round;

    private static synchronized String round() {
        if (round == null) {
            round = Rounds.open(Caller.MANAGER.token(), "consent", 1);
        }
        return round;
    }

    private static String baberghBidNamingCheshireWest(String role) throws Exception {
        Map<String, Object> body = Rounds.bid(round(), "Babergh naming Cheshire West as " + role, List.of(
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-CHW", "roles", List.of(role))));
        return Fixture.expect(201, Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids").json(body).send())
                .json().path("id").asText();
    }

    private static JsonNode participant(JsonNode bid, String organisation) {
        for (JsonNode p : bid.path("participants")) {
            if (p.path("organisationId").asText().equals(organisation)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void aBidNamingAnAccountableBodyIsNotSubmittedUntilThatBodyConfirms() throws Exception {
        String bid = baberghBidNamingCheshireWest("ACCOUNTABLE_BODY");
        JsonNode view = Fixture.as(Caller.BIDDER_OWN, "GET", LocalStack.BID + "/bids/" + bid).send().json();
        assertThat(participant(view, "GB-LAE-CHW").path("consent").path("status").asText())
                .as("the lead sees who has not confirmed").isEqualTo("PENDING");
        assertThat(participant(view, "GB-LAE-BAB").path("consent").path("status").asText()).isEqualTo("CONFIRMED");

        Http.Answer early = Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.GATEWAY + "/api/bids/" + bid + "/submission").send();
        if (early.status() < 300) {
            submittedWithoutConsent++;
        }
        assertThat(early.status()).as("%s", early).isEqualTo(422);
        assertThat(early.body()).contains("participants[1]").contains("GB-LAE-CHW");

        // the lead cannot confirm for its partner
        Http.Answer forged = Fixture.as(Caller.BIDDER_OWN, "POST",
                LocalStack.BID + "/bids/" + bid + "/participants/GB-LAE-CHW/confirmation").json(Map.of()).send();
        assertThat(forged.status()).as("%s", forged).isEqualTo(403);

        String read = Fixture.as(Caller.BIDDER_OTHER, "GET", LocalStack.GATEWAY + "/api/bids/" + bid).send().header("etag");
        Http.Answer confirmed = Fixture.as(Caller.BIDDER_OTHER, "POST",
                LocalStack.GATEWAY + "/api/bids/" + bid + "/participants/GB-LAE-CHW/confirmation").header("If-Match", read)
                .json(Map.of()).send();
        assertThat(confirmed.status()).as("%s", confirmed).isEqualTo(200);
        JsonNode consent = participant(confirmed.json(), "GB-LAE-CHW").path("consent");
        assertThat(consent.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(consent.path("by").asText()).isEqualTo("bidder.cheshirewest");

        Http.Answer submitted = Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids/" + bid + "/submission").send();
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(Databases.count("bid", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'BID_PARTICIPANT_CONFIRMED'", bid))
                .isEqualTo(1);
    }

    @Test
    void aDecliningParticipantIsRemovedWithItsReasonOnRecord() throws Exception {
        String bid = baberghBidNamingCheshireWest("GRANT_RECIPIENT");
        Http.Answer noReason = Fixture.as(Caller.BIDDER_OTHER, "POST",
                LocalStack.BID + "/bids/" + bid + "/participants/GB-LAE-CHW/declination").json(Map.of()).send();
        assertThat(noReason.status()).as("%s", noReason).isEqualTo(400);
        Http.Answer declined = Fixture.as(Caller.BIDDER_OTHER, "POST",
                LocalStack.BID + "/bids/" + bid + "/participants/GB-LAE-CHW/declination")
                .json(Map.of("reason", "Cheshire West's cabinet has not agreed to receive any of this grant")).send();
        assertThat(declined.status()).as("%s", declined).isEqualTo(200);
        JsonNode view = Fixture.as(Caller.BIDDER_OWN, "GET", LocalStack.BID + "/bids/" + bid).send().json();
        assertThat(participant(view, "GB-LAE-CHW")).as("the declined participant is removed").isNull();
        assertThat(Databases.count("bid", "SELECT count(*) FROM audit_record WHERE entity_id = ? AND action = 'BID_PARTICIPANT_DECLINED' "
                + "AND after::text LIKE '%has not agreed%'", bid)).isEqualTo(1);
        // once removed the bid is no longer Cheshire West's to read
        assertThat(Fixture.as(Caller.BIDDER_OTHER, "GET", LocalStack.BID + "/bids/" + bid).send().status()).isEqualTo(404);
        assertThat(Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids/" + bid + "/submission").send().status())
                .isEqualTo(200);
    }

    @Test
    void aSupporterMayStayUnconfirmedAndIsShownAsSuch() throws Exception {
        String bid = baberghBidNamingCheshireWest("SUPPORTER");
        Http.Answer submitted = Fixture.as(Caller.BIDDER_OWN, "POST", LocalStack.BID + "/bids/" + bid + "/submission").send();
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(participant(submitted.json(), "GB-LAE-CHW").path("consent").path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void aBidRecordedByAManagerCarriesTheManagersConfirmation() throws Exception {
        Map<String, Object> bid = Rounds.bid(round(), "Cheshire West and Babergh, received on paper", List.of(
                Map.of("organisationId", "GB-LAE-CHW", "roles", List.of("LEAD", "ACCOUNTABLE_BODY")),
                Map.of("organisationId", "GB-LAE-BAB", "roles", List.of("CO_APPLICANT"))));
        Http.Answer imported = Fixture.as(Caller.MANAGER, "POST", LocalStack.BID + "/bids/imports").json(Map.of(
                "leadOrganisationId", "GB-LAE-CHW", "submittedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                "bid", bid)).send();
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        JsonNode consent = participant(imported.json(), "GB-LAE-BAB").path("consent");
        assertThat(consent.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(consent.path("by").asText()).isEqualTo("manager.dclg");
    }

    @AfterAll
    static void report() {
        ReliabilityReport.figure("Consent", "bids submitted before a participant with obligations confirmed", submittedWithoutConsent);
    }
}
