package uk.gov.tca.bid.warnings;

import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.round.FundingRound;

/**
 * The checks a bid's own figures are held to (domain-notes §9, V1–V7), in six families — {@link AmountWarnings},
 * {@link PeriodWarnings}, {@link AccountabilityWarnings}, {@link DeclaredWarnings}, {@link ProposalWarnings}, {@link ShareWarnings} — composed
 * into one list. Real bids
 * break them — Cheshire's cost lines total £418,420 against £420,000 sought — and are still real bids: each rule names
 * what it saw, keeps the figures as written, and warns; none rejects.
 */
public final class BidWarnings {

    /** Every rule, in the order its warnings are listed. */
    public static final List<WarningRule> ALL = List.of(
            AmountWarnings.AMOUNT_SOUGHT_IS_STATED,
            AmountWarnings.AWARD_LINES_MATCH_AMOUNT_SOUGHT,
            AmountWarnings.AWARD_NOT_MORE_THAN_TOTAL_COST,
            AmountWarnings.AWARD_WITHIN_CAP,
            AmountWarnings.NO_THOUSANDS_SUFFIX_ON_A_FULL_AMOUNT,
            PeriodWarnings.PERIODS_WITHIN_ROUND,
            PeriodWarnings.PER_ANNUM_TOTAL_IS_NOT_A_YEAR,
            PeriodWarnings.ONE_BASIS_PER_FIGURE,
            AccountabilityWarnings.SHARES_MAKE_UP_THE_AWARD,
            AccountabilityWarnings.JOINT_ACCOUNTABILITY_IS_STATED,
            DeclaredWarnings.DECLARED_TOTALS_ADD_UP,
            AccountabilityWarnings.RESOLUTIONS_PASSED_BEFORE_THE_BID,
            AccountabilityWarnings.NAMED_ORGANISATIONS_EXISTED,
            DeclaredWarnings.DECLARED_METRICS_MATCH_THE_APPRAISAL,
            DeclaredWarnings.DECLARED_SCENARIOS_FOLLOW_FROM_THE_BASE,
            ProposalWarnings.A_SAVING_IN_DOUBT_SAYS_WHY,
            ProposalWarnings.APPROVED_MEANS_SIGNED_OFF,
            ShareWarnings.SHARES_MAKE_UP_THE_LINE);

    private BidWarnings() {
    }

    public static List<Warning> of(Bid bid, FundingRound round) {
        List<Warning> warnings = new ArrayList<>();
        ALL.forEach(rule -> warnings.addAll(rule.apply(bid, round)));
        return warnings;
    }
}
