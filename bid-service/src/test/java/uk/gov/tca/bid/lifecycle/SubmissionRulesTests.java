package uk.gov.tca.bid.lifecycle;

import uk.gov.tca.bid.content.BenefitLine;
import uk.gov.tca.bid.content.CostLine;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;
import uk.gov.tca.bid.round.AwardType;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.bid.round.Prompt;
import uk.gov.tca.platform.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionRulesTests {

    private static final Instant JULY_2013 = Instant.parse("2013-07-01T12:00:00Z");

    private static FundingRound round() {
        FundingRound round = new FundingRound();
        round.opensAt = Instant.parse("2013-03-27T00:00:00Z");
        round.closesAt = Instant.parse("2013-07-13T00:00:00Z");
        round.awardTypes = List.of(new AwardType("AUTHORITY_AWARD", "Authority Award", new BigDecimal("500000")));
        round.prompts = List.of(new Prompt("full-description", "Full description of the proposal", true),
                new Prompt("council-resolutions", "Details of Council Resolutions", false));
        return round;
    }

    private static BidBuilder draft() {
        BidBuilder bid = BidBuilder.aBid();
        bid.status = BidStatus.DRAFT;
        bid.participants = new ArrayList<>(List.of(new Participant("GB-LAE-CON", null, Set.of(ParticipantRole.LEAD),
                null, null, false, true)));
        bid.narrative = new LinkedHashMap<>();
        bid.narrative.put("full-description", "Hayle Community Fire, Police and Ambulance Station");
        bid.awardType = "AUTHORITY_AWARD";
        bid.amountSought = Money.exact("250000");
        return bid;
    }

    @Test
    void aCompleteDraftInAnOpenRoundMayBeSubmitted() {
        assertThat(SubmissionRules.check(draft().build(), new SubmissionRules.SubmissionContext(round(), JULY_2013))).isEmpty();
    }

    @Test
    void afterTheCloseItMayNot() {
        assertThat(SubmissionRules.check(draft().build(), new SubmissionRules.SubmissionContext(round(),
                Instant.parse("2013-07-13T00:00:00Z")))).extracting(RuleViolation::field).containsExactly("roundId");
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        BidBuilder bid = draft();
        bid.narrative.clear();
        bid.awardType = "SMALLER_AWARD";
        bid.participants = List.of(new Participant("GB-LAE-CON", null, Set.of(ParticipantRole.LEAD), null, null, false,
                false));
        assertThat(SubmissionRules.check(bid.build(), new SubmissionRules.SubmissionContext(round(), JULY_2013)))
                .extracting(RuleViolation::field)
                .containsExactly("participants[0].organisationId", "narrative.full-description", "awardType");
    }

    @Test
    void aBidSaysHowMuchItAsksForAndWhichAwardItIsFor() {
        BidBuilder bid = draft();
        bid.amountSought = null;
        bid.awardType = null;
        assertThat(SubmissionRules.check(bid.build(), new SubmissionRules.SubmissionContext(round(), JULY_2013)))
                .extracting(RuleViolation::field).containsExactly("amountSought", "awardType");
        // a round that offers no award types asks for none
        FundingRound single = round();
        single.awardTypes = List.of();
        assertThat(SubmissionRules.AWARD_TYPE_IS_CHOSEN.apply(bid.build(), new SubmissionRules.SubmissionContext(single,
                JULY_2013))).isEmpty();
    }

    @Test
    void aRoundThatRequiresACostBenefitCaseGetsEveryLineOfIt() {
        FundingRound round = round();
        round.costBenefitRequired = true;
        BidBuilder bid = draft();
        assertThat(SubmissionRules.check(bid.build(), new SubmissionRules.SubmissionContext(round, JULY_2013)))
                .extracting(RuleViolation::field).containsExactly("costLines", "benefitLines");
        bid.costLines.add(new CostLine("Shared ICT platform", null, Money.exact("150000"), null, null));
        bid.benefitLines.add(new BenefitLine("Reduced management costs", BenefitLine.BenefitType.CASHABLE_SAVING, null,
                null, Money.exact("120000")));
        assertThat(SubmissionRules.check(bid.build(), new SubmissionRules.SubmissionContext(round, JULY_2013))).isEmpty();
        // a round that does not require one takes a bid without
        assertThat(SubmissionRules.check(draft().build(), new SubmissionRules.SubmissionContext(round(), JULY_2013))).isEmpty();
    }

    @Test
    void onlyADraftIsSubmitted() {
        BidBuilder bid = draft();
        bid.status = BidStatus.SUBMITTED;
        assertThat(SubmissionRules.IS_A_DRAFT.apply(bid.build(), new SubmissionRules.SubmissionContext(round(), JULY_2013)))
                .hasSize(1);
    }
}
