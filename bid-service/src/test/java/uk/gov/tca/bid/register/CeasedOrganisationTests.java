package uk.gov.tca.bid.register;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.babergh;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * A bid that names an organisation the register records as ended — Restormel, abolished in 2009 when Cornwall became
 * one council — is taken as written and warned, the warning naming the successor the bid likely means; a bid dated
 * while it still existed is not.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class CeasedOrganisationTests {

    private final ParticipantVerifier verifier;

    CeasedOrganisationTests(ParticipantVerifier verifier) {
        this.verifier = verifier;
    }

    private static Map<String, Object> namingRestormel(String dated) {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        List<Object> participants = new ArrayList<>((List<?>) bid.get("participants"));
        participants.add(Map.of("organisationId", "GB-LAE-RST", "nameAsWritten", "Restormel BC", "roles", List.of("PARTNER")));
        bid.put("participants", participants);
        bid.put("dated", dated);
        return bid;
    }

    @Test
    void anOrganisationThatHadCeasedByTheBidsDateIsNamedWithItsSuccessor() {
        String id = babergh().drafts(namingRestormel("2013-07-12"));
        babergh().reads(id).statusCode(200)
                .body("participants.find { it.organisationId == 'GB-LAE-RST' }.register.endedOn", equalTo("2009-03-31"),
                        "participants.find { it.organisationId == 'GB-LAE-RST' }.register.successors", contains("GB-LAE-CON"),
                        "warnings.find { it.code == 'ORGANISATION_CEASED' }.message", equalTo("GB-LAE-RST (Restormel BC) had "
                                + "ceased to exist by the bid's date 2013-07-12: the register records its end on 2009-03-31, "
                                + "succeeded by GB-LAE-CON"),
                        "warnings.find { it.code == 'ORGANISATION_CEASED' }.fields", contains("participants[2].organisationId"));
    }

    @Test
    void aBidDatedWhileItStillExistedIsNotWarned() {
        String id = babergh().drafts(namingRestormel("2008-11-01"));
        babergh().reads(id).statusCode(200).body("warnings.code", not(hasItem("ORGANISATION_CEASED")));
    }

    @Test
    void theServiceSetsWhatTheRegisterSaysNeverTheBidder() {
        Map<String, Object> bid = namingRestormel("2013-07-12");
        List<Object> participants = new ArrayList<>((List<?>) bid.get("participants"));
        participants.set(2, Map.of("organisationId", "GB-LAE-RST", "roles", List.of("PARTNER"),
                "register", Map.of("endedOn", "2020-01-01")));
        bid.put("participants", participants);
        babergh().tryToDraft(bid).statusCode(400);
    }

    private static Map<String, Object> naming(String organisation) {
        Map<String, Object> bid = Fixtures.baberghBid(Fixtures.openRound());
        List<Object> participants = new ArrayList<>((List<?>) bid.get("participants"));
        participants.add(Map.of("organisationId", organisation, "roles", List.of("PARTNER")));
        bid.put("participants", participants);
        bid.put("dated", "2013-07-12");
        return bid;
    }

    @Test
    void aProposedOrganisationIsUsedAtOnceAndSaidToBeUnconfirmed() {
        String id = babergh().drafts(naming("PROPOSED-CTP00001"));
        babergh().reads(id).statusCode(200)
                .body("participants.find { it.organisationId == 'PROPOSED-CTP00001' }.verified", equalTo(true),
                        "participants.find { it.organisationId == 'PROPOSED-CTP00001' }.register.unconfirmed", equalTo(true),
                        "warnings.find { it.code == 'ORGANISATION_UNCONFIRMED' }.message", equalTo("PROPOSED-CTP00001 was "
                                + "proposed to the register by a bidder and no programme manager has confirmed it yet"));
    }

    @Test
    void aProposalMergedIntoAnEntryIsThatEntryWhateverTheBidsDate() {
        String id = babergh().drafts(naming("PROPOSED-DUP00001"));
        babergh().reads(id).statusCode(200)
                .body("warnings.find { it.code == 'ORGANISATION_CEASED' }.message", equalTo("PROPOSED-DUP00001 was "
                        + "proposed to the register and found to be GB-LAE-MSU, into which it was merged: the bid means "
                        + "GB-LAE-MSU"), "warnings.code", not(hasItem("ORGANISATION_UNCONFIRMED")));
    }

    @Test
    void whatTheRegisterRecordsIsAskedAgainWhenTheBidIsSubmittedAndWhileAProposalWaits() {
        PartnerStub.organisation("PROPOSED-WAIT0001", "{\"id\": \"PROPOSED-WAIT0001\", \"legalName\": \"Village Hall "
                + "Trust\", \"status\": \"ACTIVE\", \"verified\": false}");
        PartnerStub.organisation("GB-LAE-ZZA", "{\"id\": \"GB-LAE-ZZA\", \"legalName\": \"A council\", \"status\": "
                + "\"ACTIVE\"}");
        Map<String, Object> bid = naming("PROPOSED-WAIT0001");
        List<Object> participants = new ArrayList<>((List<?>) bid.get("participants"));
        participants.add(Map.of("organisationId", "GB-LAE-ZZA", "roles", List.of("PARTNER")));
        bid.put("participants", participants);
        String id = babergh().drafts(bid);
        babergh().reads(id).statusCode(200).body("warnings.code", hasItem("ORGANISATION_UNCONFIRMED"),
                "warnings.code", not(hasItem("ORGANISATION_CEASED")));

        // a manager confirms the proposal: the verifier, asking after proposals that wait, brings the bid up to date
        PartnerStub.organisation("PROPOSED-WAIT0001", "{\"id\": \"PROPOSED-WAIT0001\", \"legalName\": \"Village Hall "
                + "Trust\", \"status\": \"ACTIVE\", \"verified\": true}");
        verifier.verifyPending();
        babergh().reads(id).statusCode(200)
                .body("participants.find { it.organisationId == 'PROPOSED-WAIT0001' }.register", equalTo(null),
                        "warnings.code", not(hasItem("ORGANISATION_UNCONFIRMED")));

        // the council was abolished after the draft was saved: submitting asks again, and the bid says so
        PartnerStub.organisation("GB-LAE-ZZA", "{\"id\": \"GB-LAE-ZZA\", \"legalName\": \"A council\", \"status\": "
                + "\"ABOLISHED\", \"endDate\": \"2013-04-01\", \"successors\": [\"GB-LAE-ZZB\"]}");
        Fixtures.partnersConfirm(id);
        babergh().submits(id).statusCode(200)
                .body("participants.find { it.organisationId == 'GB-LAE-ZZA' }.register.endedOn", equalTo("2013-04-01"),
                        "warnings.find { it.code == 'ORGANISATION_CEASED' }.message", org.hamcrest.Matchers.containsString(
                                "succeeded by GB-LAE-ZZB"));
    }

    @Test
    void proposalsThatWaitForWeeksDoNotKeepTheVerifierFromTheRest() {
        // more bids than one run reads name a proposal no manager has confirmed
        Map<String, Object> waiting = naming("PROPOSED-CTP00001");
        for (int i = 0; i < 200; i++) {
            babergh().drafts(waiting);
        }
        PartnerStub.organisation("PROPOSED-WAIT0002", "{\"id\": \"PROPOSED-WAIT0002\", \"legalName\": \"Allotment "
                + "Society\", \"status\": \"ACTIVE\", \"verified\": false}");
        String id = babergh().drafts(naming("PROPOSED-WAIT0002"));
        PartnerStub.organisation("PROPOSED-WAIT0002", "{\"id\": \"PROPOSED-WAIT0002\", \"legalName\": \"Allotment "
                + "Society\", \"status\": \"ACTIVE\", \"verified\": true}");
        // each run reads on from where the last stopped, so two runs reach every one of them
        verifier.verifyPending();
        verifier.verifyPending();
        babergh().reads(id).statusCode(200)
                .body("participants.find { it.organisationId == 'PROPOSED-WAIT0002' }.register", equalTo(null),
                        "warnings.code", not(hasItem("ORGANISATION_UNCONFIRMED")));
    }
}
