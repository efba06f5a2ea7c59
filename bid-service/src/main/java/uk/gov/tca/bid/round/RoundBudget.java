package uk.gov.tca.bid.round;

import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.platform.problem.Problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A figure a funder works to — a round's budget, an award type's cap — as the programme wrote it ("nearly £20m", "up
 * to £500k"): the amount the allocation and the warnings use, the words beside it, and how sure it is. Unlike a bid's
 * figures it must be a number: a placeholder or a range is no budget to allocate within.
 */
public record RoundBudget(BigDecimal amount, String asWritten, MoneyQualifier qualifier) {

    /** The qualifiers a figure to work to may have. */
    static final Set<MoneyQualifier> FIGURES = Set.of(MoneyQualifier.EXACT, MoneyQualifier.APPROX, MoneyQualifier.UP_TO,
            MoneyQualifier.OVER);

    static final String NOT_A_FIGURE = "must be EXACT, APPROX, UP_TO or OVER: a funder's budget or cap is a figure to "
            + "work to, not a range, a placeholder or words";

    /** EXACT when not said, as a bid's figures are. */
    public RoundBudget {
        asWritten = asWritten == null || asWritten.isBlank() ? null : asWritten.strip();
        qualifier = qualifier == null ? MoneyQualifier.EXACT : qualifier;
    }

    /** The qualifier must be one a figure to work to can have. */
    static void check(String field, MoneyQualifier qualifier, List<Problem.Violation> violations) {
        if (qualifier != null && !FIGURES.contains(qualifier)) {
            violations.add(new Problem.Violation(field, NOT_A_FIGURE));
        }
    }
}
