package uk.gov.tca.bid.content;

import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.Period;


import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.validation.Identifiers;

/** One benefit a bid claims: what kind, to whom, when, and how much. */
@Schema(name = "BenefitLine", description = "One benefit the bid claims: what, of which kind, to whom, when and how much.")
public record BenefitLine(
        @Schema(description = "The benefit as the bid describes it.",
                example = "Reduced dependency on central government grant") @NotBlank @Size(max = 500) String description,
        @Schema(description = "The kind of benefit.") @NotNull BenefitType type,
        @Schema(description = "The register id of the organisation the benefit falls to, when the bid says (a police "
                + "force, a CCG); left out for the bidding councils themselves.", example = "GB-LAE-MSU")
        @Size(max = 80) @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String beneficiaryOrganisationId,
        @Schema(description = "When the benefit falls; a benefit with no financial or relative year is left out of the "
                + "appraisal.") Period period,
        @Schema(description = "How much: in pounds sterling whatever its scale; a placeholder or redaction is kept but "
                + "not added up.") @NotNull Money amount,
        @Schema(description = "How the saving stands in its year, as the bid's savings programme rates it; left out when "
                + "not rated.") Rag rag,
        @Schema(description = "Why the rating is what it is (\"Comments on RAG Ratings\"); an AMBER or RED rating should "
                + "say.", example = "Depends on the new provider contract starting in April")
        @Size(max = 2000) String ragComment,
        @Schema(description = "Who benefits by which part, when the benefit is shared between organisations (a saving "
                + "split between three councils); at most 50, each organisation once. With shares, "
                + "beneficiaryOrganisationId is left out.")
        @Size(max = 50) java.util.List<@NotNull @jakarta.validation.Valid Share> shares) {

    public BenefitLine {
        shares = uk.gov.tca.platform.validation.Lists.asSent(shares);
    }

    public BenefitLine(String description, BenefitType type, String beneficiaryOrganisationId, Period period, Money amount) {
        this(description, type, beneficiaryOrganisationId, period, amount, null, null, null);
    }

    @Schema(name = "BenefitType", description = "CASHABLE_SAVING, NON_CASHABLE_SAVING, COST_AVOIDANCE, INCOME, "
            + "CAPITAL_RECEIPT, or FISCAL_BENEFIT_OTHER_AGENCY (a saving that falls to another agency, such as the police "
            + "or the NHS, rather than the council).")
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
