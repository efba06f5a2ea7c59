package uk.gov.tca.scoring.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The bid-service's events as this service reads them: by their type, each field on its own. */
class BidEventTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEventIsReadAsItsTypeDeclares() throws Exception {
        var read = BidEvent.read("uk.gov.tca.bid.submitted", JSON.readTree("""
                {"bidId": "b1", "roundId": "r1", "status": "SUBMITTED", "title": "Shared services",
                 "leadOrganisationId": "GB-LAE-BAB", "organisations": ["GB-LAE-BAB", "GB-LAE-MSU"],
                 "amountSought": {"amount": 166900, "asWritten": "£166,900"}, "version": 3,
                 "submittedAt": "2013-07-12T12:00:00Z"}"""));
        assertThat(read).get().isInstanceOf(BidEvent.Submitted.class);
        BidEvent.Bid bid = read.get().bid();
        assertThat(bid.organisations()).containsExactly("GB-LAE-BAB", "GB-LAE-MSU");
        assertThat(bid.amountSought().amount()).isEqualByComparingTo(new BigDecimal("166900"));
        assertThat(bid.version()).isEqualTo(3L);
        assertThat(read.get().placesInRound()).isTrue();
    }

    @Test
    void aFieldWrittenInAFormNotReadIsTakenAsNotGivenAndTheEventStillCounts() throws Exception {
        var read = BidEvent.read("uk.gov.tca.bid.withdrawn", JSON.readTree("""
                {"bidId": "b1", "roundId": "r1", "submittedAt": "12 July 2013", "amountSought": {"amount": "lots"},
                 "version": "three", "reason": "merged with another bid"}"""));
        assertThat(read).get().isInstanceOf(BidEvent.Withdrawn.class);
        assertThat(((BidEvent.Withdrawn) read.get()).reason()).isEqualTo("merged with another bid");
        assertThat(read.get().bid().submittedAt()).isNull();
        assertThat(read.get().bid().amountSought()).isNull();
        assertThat(read.get().bid().version()).isNull();
        assertThat(read.get().statusAfter()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aTypeThisServiceHasNoUseForIsPassedOver() throws Exception {
        assertThat(BidEvent.read("uk.gov.tca.bid.archived", JSON.readTree("{}"))).isEmpty();
        assertThat(BidEvent.read("uk.gov.tca.register.relation-recorded", JSON.readTree("{}"))).isEmpty();
    }
}
