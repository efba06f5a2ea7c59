package uk.gov.tca.bid.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A total the bid states for its own lines ("TOTAL 800", "Total 5.3m"), optionally for one financial year,
 * kept so that a total that is not the sum of its lines can be named.
 */
public record DeclaredTotal(@NotNull Of of, @Size(max = 7) String financialYear, @NotNull Money amount,
        @Size(max = 300) String label) {

    public enum Of { COST_LINES, BENEFIT_LINES }
}
