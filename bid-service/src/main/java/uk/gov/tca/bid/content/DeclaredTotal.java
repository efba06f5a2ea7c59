package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
public record DeclaredTotal(@NotNull Of of, @Size(max = 7) String financialYear, @NotNull @Valid Money amount,
        @Size(max = 300) String label, @Size(max = 100) List<@NotNull @Valid Money> figures) {

    @Schema(name = "DeclaredTotalOf")
    public enum Of {
        COST_LINES,
        BENEFIT_LINES,
        /** The figures given with the total, from a table of the bid's context. */
        STATED_FIGURES
    }

    public DeclaredTotal {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public DeclaredTotal(Of of, String financialYear, Money amount, String label) {
        this(of, financialYear, amount, label, List.of());
    }
}
