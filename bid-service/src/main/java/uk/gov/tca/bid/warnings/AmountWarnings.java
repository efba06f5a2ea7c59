package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.WrittenPrecision;

import uk.gov.tca.bid.content.CostLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The amounts a bid asks for, against its own lines and the round's caps (V1, V3). */
final class AmountWarnings {

    private AmountWarnings() {
    }

    /**
     * A bid that states no amount, or a placeholder, cannot be weighed against the budget — unless it seeks no award
     * at all (no amount and no award type) in a round where awards are optional, such as a savings proposal.
     */
    static final WarningRule AMOUNT_SOUGHT_IS_STATED = (bid, round) -> Figures.numeric(bid.amountSought())
            || round.awardsOptional && bid.amountSought() == null && bid.awardType() == null ? List.of()
            : List.of(new Warning("NO_AMOUNT_SOUGHT", bid.amountSought() == null ? "The bid states no amount sought"
                    : "The amount sought is not a figure: \"" + bid.amountSought().asWritten() + "\"", List.of("amountSought")));

    /** V1: the cost lines the award pays for should add up to the amount sought (Cherwell's own instruction). */
    static final WarningRule AWARD_LINES_MATCH_AMOUNT_SOUGHT = (bid, round) -> {
        if (!Figures.numeric(bid.amountSought())) {
            return List.of();
        }
        List<CostLine> award = bid.content().costLines().stream().filter(c -> c.fundedBy() == CostLine.FundedBy.AWARD).toList();
        if (award.isEmpty() || award.stream().anyMatch(c -> !Figures.numeric(c.amount()))) {
            return List.of();
        }
        BigDecimal total = award.stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (WrittenPrecision.agrees(bid.amountSought(), bid.amountSought().amount(), total)) {
            return List.of();
        }
        return List.of(new Warning("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT",
                "The cost lines funded by the award total " + Figures.pounds(total) + " but the bid seeks "
                        + Figures.pounds(bid.amountSought().amount()),
                List.of("amountSought", "costLines")));
    };

    /** V3: the award should not be more than the whole cost of the work. */
    static final WarningRule AWARD_NOT_MORE_THAN_TOTAL_COST = (bid, round) -> {
        if (!Figures.numeric(bid.amountSought()) || bid.content().costLines().isEmpty()
                || bid.content().costLines().stream().anyMatch(c -> !Figures.numeric(c.amount()))) {
            return List.of();
        }
        BigDecimal total = bid.content().costLines().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return bid.amountSought().amount().compareTo(total) > 0
                ? List.of(new Warning("AWARD_MORE_THAN_TOTAL_COST", "The bid seeks " + Figures.pounds(bid.amountSought().amount())
                        + ", more than its costs in total (" + Figures.pounds(total) + ")", List.of("amountSought", "costLines")))
                : List.of();
    };

    /** The award sought should be within the cap of the award type asked for. */
    static final WarningRule AWARD_WITHIN_CAP = (bid, round) -> {
        if (!Figures.numeric(bid.amountSought()) || bid.awardType() == null) {
            return List.of();
        }
        return round.awardTypes.stream()
                .filter(a -> a.code().equals(bid.awardType()) && a.cap() != null && overCap(bid.amountSought().amount(), a))
                .map(a -> new Warning("AWARD_OVER_CAP", "The bid seeks " + Figures.pounds(bid.amountSought().amount()) + ", over the "
                        + a.name() + " cap of " + (a.capQualifier() == MoneyQualifier.APPROX ? "about " : "")
                        + Figures.pounds(a.cap()) + (a.capAsWritten() == null ? "" : " (written \"" + a.capAsWritten() + "\")"),
                        List.of("amountSought", "awardType")))
                .toList();
    };

    /**
     * Over a cap is more than it; over an approximate cap ("about £500k") is more than it by at least the precision the
     * cap was written to, so £500,400 is not over "about £500k" but £501,000 is.
     */
    private static boolean overCap(BigDecimal sought, uk.gov.tca.bid.round.AwardType award) {
        BigDecimal over = sought.subtract(award.cap());
        if (award.capQualifier() != MoneyQualifier.APPROX) {
            return over.signum() > 0;
        }
        return over.compareTo(WrittenPrecision.unitOf(award.capAsMoney())) >= 0;
    }

    static final Pattern K_ON_FULL_AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?\\s*[kK]\\b");

    /** "£366,932k": a thousands suffix on a figure already written in full; the amount is the bid's to confirm. */
    static final WarningRule NO_THOUSANDS_SUFFIX_ON_A_FULL_AMOUNT = (bid, round) -> {
        List<Warning> warnings = new ArrayList<>();
        Figures.thousandsSuffix(bid.amountSought(), "amountSought", warnings);
        Figures.thousandsSuffix(bid.fallbackAmount(), "fallbackAmount", warnings);
        for (int i = 0; i < bid.content().costLines().size(); i++) {
            Figures.thousandsSuffix(bid.content().costLines().get(i).amount(), "costLines[" + i + "].amount", warnings);
        }
        return warnings;
    };
}
