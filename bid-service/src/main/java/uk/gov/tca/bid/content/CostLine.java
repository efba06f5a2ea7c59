package uk.gov.tca.bid.content;

import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.Period;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of a bid's costs: what, when, how much, capital or revenue, and who pays for it. */
public record CostLine(@NotBlank @Size(max = 500) String activity, Period period, @NotNull Money amount,
        CostNature nature, FundedBy fundedBy) {

    public enum CostNature { CAPITAL, REVENUE }

    /** The award sought, match funding from partners, or the bidders' own money. */
    public enum FundedBy { AWARD, MATCH, OWN }
}
