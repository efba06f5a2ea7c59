package uk.gov.tca.bid.content;

import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.Period;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a bid's costs: what, when, how much, capital or revenue, and who pays for it. */
@Schema(name = "CostLine", description = "One line of the bid's costs: what, when, how much, capital or revenue, and "
        + "who pays for it.")
public record CostLine(
        @Schema(description = "What the money is spent on, as the bid writes it.",
                example = "Specialist facilitator for development sessions") @NotBlank @Size(max = 500) String activity,
        @Schema(description = "When the cost falls. A financial year outside the round's eligible years (also one only "
                + "written in asWritten) raises the warning PERIOD_OUTSIDE_ROUND.") Period period,
        @Schema(description = "How much, in pounds sterling whatever its scale. The lines funded by the AWARD should add "
                + "up to the amount sought (warning AWARD_LINES_DIFFER_FROM_AMOUNT_SOUGHT otherwise).") @NotNull Money amount,
        @Schema(description = "CAPITAL or REVENUE; left out when the bid does not say.") CostNature nature,
        @Schema(description = "Who pays: AWARD (the award sought), MATCH (match funding from partners) or OWN (the bidders' "
                + "own money); left out when the bid does not say.") FundedBy fundedBy,
        @Schema(description = "Who pays which part, when the cost is shared between organisations (a contract funded "
                + "jointly with an NHS body); at most 50, each organisation once.")
        @jakarta.validation.constraints.Size(max = 50) java.util.List<@NotNull @jakarta.validation.Valid Share> shares) {

    public CostLine {
        shares = uk.gov.tca.platform.validation.Lists.asSent(shares);
    }

    public CostLine(String activity, Period period, Money amount, CostNature nature, FundedBy fundedBy) {
        this(activity, period, amount, nature, fundedBy, null);
    }

    @Schema(name = "CostNature", description = "CAPITAL or REVENUE.")
    public enum CostNature { CAPITAL, REVENUE }

    /** The award sought, match funding from partners, or the bidders' own money. */
    @Schema(name = "FundedBy", description = "AWARD (the award sought), MATCH (match funding from partners) or OWN (the "
            + "bidders' own money).")
    public enum FundedBy { AWARD, MATCH, OWN }
}
