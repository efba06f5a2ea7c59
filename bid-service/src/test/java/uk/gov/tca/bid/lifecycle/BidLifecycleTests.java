package uk.gov.tca.bid.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.MoneyScale;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;
import uk.gov.tca.bid.participation.RegisterAnswer;
import uk.gov.tca.bid.round.AwardType;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.bid.round.Prompt;
import uk.gov.tca.platform.rules.RuleViolation;

/** Each of a bid's commands, in memory: the event it returns, or its refusal with every reason, and what it changed. */
class BidLifecycleTests {

    private static final Instant JULY_2013 = Instant.parse("2013-07-01T09:00:00Z");
    private static final String LEAD = "GB-LAE-BAB";
    private static final String PARTNER = "GB-LAE-MSU";
    private static final RegisterAnswer ALL_ON_THE_REGISTER = new RegisterAnswer(Set.of(LEAD, PARTNER), Set.of());

    private static FundingRound round() {
        FundingRound round = new FundingRound();
        round.id = "tca-2013-14";
        round.funderOrganisationId = "TCA-DCLG";
        round.opensAt = Instant.parse("2013-06-01T00:00:00Z");
        round.closesAt = Instant.parse("2013-07-13T00:00:00Z");
        round.awardTypes = List.of(new AwardType("AUTHORITY_AWARD", "Authority Award", new BigDecimal("500000")));
        round.prompts = List.of(new Prompt("what-will-change", "What will you do differently?", true));
        return round;
    }

    private static Money pounds(long amount) {
        return new Money(BigDecimal.valueOf(amount), null, null, null, MoneyScale.POUNDS, MoneyQualifier.EXACT, null);
    }

    private static BidDraft draftWith(List<Participant> participants) {
        return new BidDraft("tca-2013-14", "Shared services", "AUTHORITY_AWARD", null, pounds(166_900), null,
                participants, new BidContent(Map.of("what-will-change", "One workforce"), null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null));
    }

    private static BidDraft aDraft() {
        return draftWith(List.of(new Participant(PARTNER, null, Set.of(ParticipantRole.CO_APPLICANT), null, null,
                false, false)));
    }

    /** A bid as its first draft left it, saved (version 0). */
    private static Bid drafted() {
        Bid bid = Bid.newBid("bid-1", round(), LEAD);
        made(bid.draft(aDraft(), round(), ALL_ON_THE_REGISTER, "bidder.bab", JULY_2013));
        kept(bid);
        return bid;
    }

    private static Bid submitted() {
        Bid bid = drafted();
        made(bid.confirm(PARTNER, null, "bidder.msu", JULY_2013));
        kept(bid);
        made(bid.submit(round(), RegisterAnswer.none(), "bidder.bab", JULY_2013));
        kept(bid);
        return bid;
    }

    /** The bid written, as the database would: a bid already there moves its version on by one. */
    private static void kept(Bid bid) {
        if (!bid.isUnsaved()) {
            bid.version++;
        }
        bid.saved();
    }

    private static <E extends BidEvent> E made(Change<E> change) {
        assertThat(change).isInstanceOf(Change.Made.class);
        return ((Change.Made<E>) change).event();
    }

    private static Refusal refused(Change<?> change) {
        assertThat(change).isInstanceOf(Change.Refused.class);
        return ((Change.Refused<?>) change).refusal();
    }

    @Test
    void aFirstDraftIsVersionZeroLedByItsCouncilWhichAgreesToIt() {
        Bid bid = Bid.newBid("bid-1", round(), LEAD);
        BidEvent.Drafted drafted = made(bid.draft(aDraft(), round(), ALL_ON_THE_REGISTER, "bidder.bab", JULY_2013));
        assertThat(drafted.bid().version()).isZero();
        assertThat(drafted.bid().organisations()).containsExactly(LEAD, PARTNER);
        assertThat(drafted.feedKind()).isNull(); // a draft is its council's own business
        assertThat(bid.participant(LEAD).orElseThrow().hasConfirmed()).isTrue();
        assertThat(bid.participant(PARTNER).orElseThrow().hasConfirmed()).isFalse();
        assertThat(bid.participants()).allMatch(Participant::verified);
    }

    @Test
    void anOrganisationTheRegisterDoesNotKnowIsRefusedOneItCouldNotBeAskedWaits() {
        Bid refused = Bid.newBid("bid-1", round(), LEAD);
        Refusal refusal = refused(refused.draft(aDraft(), round(), new RegisterAnswer(Set.of(LEAD), Set.of(PARTNER)),
                "bidder.bab", JULY_2013));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.reasons()).extracting(RuleViolation::field).containsExactly("participants[0].organisationId");
        Bid waiting = Bid.newBid("bid-2", round(), LEAD);
        made(waiting.draft(aDraft(), round(), RegisterAnswer.none(), "bidder.bab", JULY_2013));
        assertThat(waiting.participants()).noneMatch(Participant::verified);
    }

    @Test
    void theFunderNamedOnADraftIsRefusedAndNothingIsWritten() {
        Bid bid = Bid.newBid("bid-1", round(), LEAD);
        Refusal refusal = refused(bid.draft(draftWith(List.of(new Participant("TCA-DCLG", null,
                Set.of(ParticipantRole.PARTNER), null, null, false, false))), round(), ALL_ON_THE_REGISTER, "bidder.bab",
                JULY_2013));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FUNDER_TAKES_PART);
        assertThat(bid.title()).isEmpty();
        assertThat(bid.participants()).isEmpty();
    }

    @Test
    void revisingAskedForMoreAsksEveryPartnerAgain() {
        Bid bid = drafted();
        made(bid.confirm(PARTNER, "Cabinet agreed", "bidder.msu", JULY_2013));
        kept(bid);
        BidDraft more = new BidDraft("tca-2013-14", "Shared services", "AUTHORITY_AWARD", null, pounds(200_000), null,
                aDraft().participants(), aDraft().content());
        BidEvent.Revised revised = made(bid.revise(more, round(), ALL_ON_THE_REGISTER, "bidder.bab", JULY_2013));
        assertThat(revised.bid().version()).isEqualTo(2);
        assertThat(bid.participant(PARTNER).orElseThrow().hasConfirmed()).isFalse();
    }

    @Test
    void submissionGivesEveryReasonAtOnceAndChangesNothing() {
        Bid bid = Bid.newBid("bid-1", round(), LEAD);
        made(bid.draft(draftWith(List.of(new Participant(PARTNER, null, Set.of(ParticipantRole.CO_APPLICANT), null,
                null, false, false))), round(), RegisterAnswer.none(), "bidder.bab", JULY_2013));
        kept(bid);
        Refusal refusal = refused(bid.submit(round(), RegisterAnswer.none(), "bidder.bab",
                Instant.parse("2013-07-14T00:00:00Z")));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.RULES_UNMET);
        assertThat(refusal.reasons()).extracting(RuleViolation::field).containsExactly("roundId",
                "participants[0].organisationId", "participants[1].organisationId", "participants[1].organisationId");
        assertThat(bid.status()).isEqualTo(BidStatus.DRAFT);
        assertThat(bid.participants()).noneMatch(Participant::verified);
    }

    @Test
    void aSubmittedBidIsNewsWithEverythingAConsumerNeeds() {
        Bid bid = drafted();
        made(bid.confirm(PARTNER, null, "bidder.msu", JULY_2013));
        kept(bid);
        BidEvent.Submitted submitted = made(bid.submit(round(), RegisterAnswer.none(), "bidder.bab", JULY_2013));
        assertThat(submitted.feedKind()).isEqualTo(BidEvent.Kinds.SUBMITTED);
        assertThat(submitted.auditAction()).isEqualTo("BID_SUBMITTED");
        assertThat(submitted.bid()).isEqualTo(new BidSummary("bid-1", "tca-2013-14", BidStatus.SUBMITTED,
                "Shared services", LEAD, List.of(LEAD, PARTNER), pounds(166_900), 2, JULY_2013));
    }

    @Test
    void aBidReceivedByOtherMeansIsRecordedAsSubmittedWhenItWasWithinTheWindow() {
        Bid bid = Bid.newBid("bid-1", round(), LEAD);
        Instant received = Instant.parse("2013-07-12T12:00:00Z");
        BidEvent.Submitted recorded = made(bid.receive(aDraft(), round(), received, ALL_ON_THE_REGISTER, "pm",
                JULY_2013.plusSeconds(86_400 * 30)));
        assertThat(recorded.auditAction()).isEqualTo("BID_IMPORTED");
        assertThat(recorded.bid().submittedAt()).isEqualTo(received);
        assertThat(bid.participants()).allMatch(Participant::hasConfirmed);
        Refusal late = refused(Bid.newBid("bid-2", round(), LEAD).receive(aDraft(), round(),
                Instant.parse("2013-08-01T00:00:00Z"), ALL_ON_THE_REGISTER, "pm", Instant.parse("2013-09-01T00:00:00Z")));
        assertThat(late.reasons()).extracting(RuleViolation::field).containsExactly("submittedAt");
    }

    @Test
    void aWithdrawnDraftWasNeverNewsAWithdrawnSubmissionIs() {
        BidEvent.Withdrawn draft = made(drafted().withdraw("partners could not agree", "bidder.bab", JULY_2013));
        assertThat(draft.feedKind()).isNull();
        BidEvent.Withdrawn submission = made(submitted().withdraw("partners could not agree", "bidder.bab", JULY_2013));
        assertThat(submission.feedKind()).isEqualTo(BidEvent.Kinds.WITHDRAWN);
        assertThat(submission.auditNote()).containsEntry("reason", "partners could not agree");
    }

    @Test
    void onlyASubmittedBidIsReturnedAndItLosesItsSubmissionTime() {
        assertThat(refused(drafted().returnToDraft("why", "pm", JULY_2013)).kind()).isEqualTo(Refusal.Kind.NOT_NOW);
        Bid bid = submitted();
        BidEvent.Returned returned = made(bid.returnToDraft("the figures do not add up", "pm", JULY_2013));
        assertThat(returned.bid().status()).isEqualTo(BidStatus.DRAFT);
        assertThat(bid.submittedAt()).isNull();
        assertThat(bid.isDraft()).isTrue();
    }

    @Test
    void theFirstAssessorPutsTheBidIntoAssessmentLaterOnesFindItThere() {
        assertThat(refused(drafted().enterAssessment("scoring", JULY_2013)).kind()).isEqualTo(Refusal.Kind.NOT_NOW);
        Bid bid = submitted();
        assertThat(made(bid.enterAssessment("scoring", JULY_2013)).feedKind()).isEqualTo(BidEvent.Kinds.IN_ASSESSMENT);
        kept(bid);
        assertThat(bid.enterAssessment("scoring", JULY_2013)).isInstanceOf(Change.AlreadySo.class);
    }

    /** Above £500,000 Cabinet decides; up to it the Director of Resources, reporting to Cabinet. */
    private static FundingRound routed() {
        FundingRound round = round();
        round.approvalRoutes = List.of(
                new uk.gov.tca.bid.round.ApprovalRoute("CABINET", "Decided by Cabinet", "Cabinet", new BigDecimal("500000"),
                        null, false, null),
                new uk.gov.tca.bid.round.ApprovalRoute("DELEGATED", "Delegated to the Director of Resources",
                        "Director of Resources", null, new BigDecimal("500000"), true, "Cabinet"));
        return round;
    }

    @Test
    void aRoutedDecisionIsTakenUnderTheRouteItsAmountFallsInAndADelegatedOneAwaitsItsReport() {
        Bid bid = submitted();
        Refusal wrongRoute = refused(bid.decide(new DecisionTaken(Decision.Outcome.FUNDED, pounds(500_000), "approved",
                "CABINET", null, java.time.LocalDate.of(2015, 9, 10), null), routed(), "manager", JULY_2013));
        assertThat(wrongRoute.reasons()).extracting(RuleViolation::reason).containsExactly("a decision on £500,000 is "
                + "taken under DELEGATED (Delegated to the Director of Resources: up to £500,000), not CABINET");
        BidEvent.Decided decided = made(bid.decide(new DecisionTaken(Decision.Outcome.FUNDED, pounds(500_000), "approved",
                null, null, java.time.LocalDate.of(2015, 9, 10), "ODR 2015/31"), routed(), "manager", JULY_2013));
        assertThat(decided.decision().route()).isEqualTo("DELEGATED");
        assertThat(decided.decision().decisionMaker()).isEqualTo("Director of Resources");
        assertThat(decided.decision().awaitsReport()).isTrue();
        assertThat(refused(bid.reportDecision(java.time.LocalDate.of(2015, 9, 1), "Cabinet", "manager", JULY_2013))
                .reasons()).extracting(RuleViolation::field).containsExactly("reportedOn");
        BidEvent.DecisionReported reported = made(bid.reportDecision(java.time.LocalDate.of(2015, 10, 8),
                "Cabinet 8 October 2015, item 5", "manager", JULY_2013));
        assertThat(reported.decision().awaitsReport()).isFalse();
        assertThat(refused(bid.reportDecision(java.time.LocalDate.of(2015, 10, 9), null, "manager", JULY_2013)).kind())
                .isEqualTo(Refusal.Kind.NOT_NOW);
    }

    @Test
    void aBidNotFundedIsRoutedByWhatItSoughtAndAGapInTheRoutesIsNamed() {
        Bid bid = submitted(); // seeks £166,900
        FundingRound gap = round();
        gap.approvalRoutes = List.of(new uk.gov.tca.bid.round.ApprovalRoute("BOARD", "Board", "Board",
                new BigDecimal("200000"), null, false, null));
        Refusal none = refused(bid.decide(DecisionTaken.of(Decision.Outcome.UNFUNDED, null, "not a priority"), gap,
                "manager", JULY_2013));
        assertThat(none.reasons()).extracting(RuleViolation::reason).containsExactly("no approval route of the round "
                + "tca-2013-14 covers £166,900: its routes are BOARD (above £200,000)");
        BidEvent.Decided decided = made(bid.decide(DecisionTaken.of(Decision.Outcome.UNFUNDED, null, "not a priority"),
                routed(), "manager", JULY_2013));
        assertThat(decided.decision().route()).isEqualTo("DELEGATED");
        assertThat(refused(bid.decide(DecisionTaken.of(Decision.Outcome.UNFUNDED, null, "x"), round(), "s", JULY_2013))
                .kind()).isEqualTo(Refusal.Kind.NOT_NOW);
    }

    @Test
    void aRoundWithoutRoutesTakesNoRoute() {
        Bid bid = submitted();
        Refusal named = refused(bid.decide(new DecisionTaken(Decision.Outcome.UNFUNDED, null, "x", "CABINET", null, null,
                null), round(), "scoring", JULY_2013));
        assertThat(named.reasons()).extracting(RuleViolation::reason).containsExactly("the round tca-2013-14 sets no "
                + "approval routes");
    }

    @Test
    void aDecisionIsMadeOnceAndAnAwardNamesItsAmount() {
        Bid bid = submitted();
        Refusal noAmount = refused(bid.decide(DecisionTaken.of(Decision.Outcome.FUNDED, null, "ranked"), round(), "scoring",
                JULY_2013));
        assertThat(noAmount.reasons()).extracting(RuleViolation::field).containsExactly("amountAwarded");
        BidEvent.Decided decided = made(bid.decide(DecisionTaken.of(Decision.Outcome.FUNDED, pounds(166_900), "ranked"), round(),
                "scoring", JULY_2013));
        assertThat(decided.decision().amountAwarded()).isEqualTo(pounds(166_900));
        kept(bid);
        assertThat(refused(bid.decide(DecisionTaken.of(Decision.Outcome.UNFUNDED, null, "again"), round(), "scoring",
                JULY_2013)).kind())
                .isEqualTo(Refusal.Kind.NOT_NOW);
        assertThat(refused(bid.withdraw("too late", "bidder.bab", JULY_2013)).kind()).isEqualTo(Refusal.Kind.NOT_NOW);
    }

    @Test
    void aPartnerWithoutObligationsMayStillDeclineAfterSubmission() {
        Bid bid = Bid.newBid("bid-1", round(), LEAD);
        made(bid.draft(draftWith(List.of(new Participant(PARTNER, null, Set.of(ParticipantRole.SUPPORTER), null, null,
                false, false))), round(), ALL_ON_THE_REGISTER, "bidder.bab", JULY_2013));
        kept(bid);
        made(bid.submit(round(), RegisterAnswer.none(), "bidder.bab", JULY_2013));
        kept(bid);
        BidEvent.ParticipantDeclined declined = made(bid.decline(PARTNER, "not our project", "bidder.msu", JULY_2013));
        assertThat(declined.feedKind()).isEqualTo(BidEvent.Kinds.PARTICIPANTS_CHANGED);
        assertThat(declined.bid().organisations()).containsExactly(LEAD);
        assertThat(refused(bid.decline(LEAD, "no", "bidder.bab", JULY_2013)).kind()).isEqualTo(Refusal.Kind.NOT_NOW);
    }

    @Test
    void everyMoveTheTableAllowsAndNoOther() {
        assertThat(BidStatus.DRAFT.mayBecome(BidStatus.SUBMITTED)).isTrue();
        assertThat(BidStatus.DRAFT.mayBecome(BidStatus.DECIDED)).isFalse();
        assertThat(BidStatus.IN_ASSESSMENT.mayBecome(BidStatus.DRAFT)).isFalse();
        assertThat(BidStatus.DECIDED.mayBecome(BidStatus.WITHDRAWN)).isFalse();
        assertThat(BidStatus.WITHDRAWN.mayBecome(BidStatus.SUBMITTED)).isFalse();
        assertThat(BidStatus.publicStates()).containsExactlyInAnyOrder(BidStatus.SUBMITTED, BidStatus.IN_ASSESSMENT,
                BidStatus.DECIDED);
    }
}
