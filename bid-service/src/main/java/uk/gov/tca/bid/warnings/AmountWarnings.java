package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.WrittenPrecision;

import uk.gov.tca.bid.appraisal.PlacedFigures;
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

    /** Said when a line's figure is not its total: a figure a year over a run, a running total, an ongoing cost. */
    private static final String OVER_YEARS = ", each line counted over all its years as the appraisal places it";

    /**
     * V1: the cost lines the award pays for should add up to the amount sought (Cherwell's own instruction), each as
     * the appraisal counts it ("£100k a year for 3 years" is £300,000).
     */
    static final WarningRule AWARD_LINES_MATCH_AMOUNT_SOUGHT = (bid, round) -> {
        List<CostLine> lines = bid.content().costLines();
        if (!Figures.numeric(bid.amountSought()) || lines.stream().noneMatch(c -> c.fundedBy() == CostLine.FundedBy.AWARD)) {
            return List.of();
        }
        PlacedFigures placed = PlacedFigures.of(bid);
        BigDecimal total = BigDecimal.ZERO;
        boolean overYears = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).fundedBy() == CostLine.FundedBy.AWARD) {
                BigDecimal line = Figures.costLineTotal(bid, i, placed);
                if (line == null) {
                    return List.of();
                }
                total = total.add(line);
                overYears |= line.compareTo(lines.get(i).amount().amount()) != 0;
            }
        }
        if (WrittenPrecision.agrees(bid.amountSought(), bid.amountSought().amount(), total)) {
            return List.of();
        }
        return List.of(new Warning("AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT",
                "The cost lines funded by the award total " + Figures.pounds(total) + " but the bid seeks "
                        + Figures.pounds(bid.amountSought().amount()) + (overYears ? OVER_YEARS : ""),
                List.of("amountSought", "costLines")));
    };

    /** V3: the award should not be more than the whole cost of the work, every line over all its years. */
    static final WarningRule AWARD_NOT_MORE_THAN_TOTAL_COST = (bid, round) -> {
        List<CostLine> lines = bid.content().costLines();
        if (!Figures.numeric(bid.amountSought()) || lines.isEmpty()) {
            return List.of();
        }
        PlacedFigures placed = PlacedFigures.of(bid);
        BigDecimal total = BigDecimal.ZERO;
        boolean overYears = false;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal line = Figures.costLineTotal(bid, i, placed);
            if (line == null) {
                return List.of();
            }
            total = total.add(line);
            overYears |= line.compareTo(lines.get(i).amount().amount()) != 0;
        }
        return bid.amountSought().amount().compareTo(total) > 0
                ? List.of(new Warning("AWARD_MORE_THAN_TOTAL_COST", "The bid seeks " + Figures.pounds(bid.amountSought().amount())
                        + ", more than its costs in total (" + Figures.pounds(total) + ")" + (overYears ? OVER_YEARS : ""),
                        List.of("amountSought", "costLines")))
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
