package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.FinancialYear;
import uk.gov.tca.bid.money.Money;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A total the bid states ("TOTAL 800", "Total 5.3m", "£7m-£10m"), kept so that a total that is not the sum of
 * what it totals can be named: the bid's cost or benefit lines (optionally of one financial year), or figures
 * of a table that are not the bid's own costs or benefits — High Peak's savings each council must find —
 * given with the total as {@code figures}.
 */
@Schema(name = "DeclaredTotal", description = "A total the bid states (\"TOTAL 800\", \"Total 5.3m\", \"£7m-£10m\"), kept "
        + "so that one that is not the sum of what it totals is named (warning DECLARED_TOTAL_DIFFERS; two totals whose "
        + "parts give each other's figure are called swapped).")
public record DeclaredTotal(
        @Schema(description = "What the total adds up: the bid's COST_LINES, its BENEFIT_LINES, or the STATED_FIGURES "
                + "given with it in figures.") @NotNull Of of,
        @Schema(description = "For a total of one financial year's lines: that year, in any spelling a line's year "
                + "takes (2013/14, 2013-14, FY13/14), answered as 2013/14; the lines of that year, however they spelt "
                + "it, are added up. Left out for a total of every line.",
                example = "2013/14") @Size(max = 30) String financialYear,
        @Schema(description = "The total as stated, in pounds sterling whatever its scale; a RANGE is compared end by "
                + "end.") @NotNull @Valid Money amount,
        @Schema(description = "The total's label as the bid writes it.", example = "Total Award sought")
        @Size(max = 300) String label,
        @Schema(description = "The figures a STATED_FIGURES total adds up (a table of the bid's context, not its own "
                + "costs or benefits): required for STATED_FIGURES and refused for the other two.")
        @Size(max = 100) List<@NotNull @Valid Money> figures,
        @Schema(description = "The year as the bid spelt it, when not 2013/14 (\"FY13-14\"); set from financialYear, "
                + "left out when the spelling was already the normal one.", example = "2013-14")
        @Size(max = 30) String financialYearAsWritten) {

    @Schema(name = "DeclaredTotalOf", description = "COST_LINES or BENEFIT_LINES (the bid's own lines), or STATED_FIGURES "
            + "(the figures given with the total, from a table of the bid's context).")
    public enum Of {
        COST_LINES,
        BENEFIT_LINES,
        /** The figures given with the total, from a table of the bid's context. */
        STATED_FIGURES
    }

    public DeclaredTotal {
        figures = uk.gov.tca.platform.validation.Lists.asSent(figures);
        financialYearAsWritten = FinancialYear.spellingOf(financialYear, financialYearAsWritten);
        financialYear = FinancialYear.normalise(financialYear);
    }

    public DeclaredTotal(Of of, String financialYear, Money amount, String label, List<Money> figures) {
        this(of, financialYear, amount, label, figures, null);
    }

    public DeclaredTotal(Of of, String financialYear, Money amount, String label) {
        this(of, financialYear, amount, label, List.of());
    }
}
