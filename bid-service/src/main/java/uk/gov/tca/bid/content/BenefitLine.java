package uk.gov.tca.bid.content;

import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.Period;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.tca.platform.validation.Identifiers;

/** One benefit a bid claims: what kind, to whom, when, and how much. */
public record BenefitLine(@NotBlank @Size(max = 500) String description, @NotNull BenefitType type,
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String beneficiaryOrganisationId,
        Period period, @NotNull Money amount) {

    public enum BenefitType {
        CASHABLE_SAVING,
        NON_CASHABLE_SAVING,
        COST_AVOIDANCE,
        INCOME,
        CAPITAL_RECEIPT,
        /** A saving that falls to another agency (police, NHS) rather than the council. */
        FISCAL_BENEFIT_OTHER_AGENCY
    }
}
