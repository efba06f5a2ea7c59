package uk.gov.tca.bid.round;

import uk.gov.tca.bid.money.MoneyQualifier;
import uk.gov.tca.bid.money.MoneyRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.FinancialYearText;

@Schema(name = "RoundInput", description = "A funding round as a programme manager opens or changes it. The funder is the "
        + "manager's own organisation (the token's org claim), never a field of the request.")
public record RoundInput(
        @Size(max = 80) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be lower-case letters, digits and '-'")
        @Schema(example = "tca-2013-14", description = "The round's id: lower-case letters, digits and '-'. Required on "
                + "create; on update it may be left out, or must be the id in the path.")
        String id,
        @NotBlank @Size(max = 300) @Schema(example = "Transformation Challenge Award",
                description = "The programme the round belongs to.") String programme,
        @NotBlank @Size(max = 300) @Schema(example = "Transformation Challenge Award 2013/14",
                description = "The round's name.") String name,
        @Schema(example = "2013-03-27T00:00:00Z", description = "When the round starts taking bids (UTC); left out, it "
                + "takes them from the start.")
        Instant opensAt,
        @Schema(example = "2013-07-13T00:00:00Z", description = "When the round stops taking bids (UTC); after opensAt "
                + "when both are given. A bid is submitted only at or after opensAt and before closesAt. Left out for a "
                + "rolling fund, which has no closing date.") Instant closesAt,
        @NotNull @DecimalMin("0") @DecimalMax(value = MoneyRules.LIMIT_TEXT, inclusive = false) @Digits(integer = 13, fraction = 2)
        @Schema(example = "7600000", description = "The round's budget in pounds sterling, at most 2 decimal places: the "
                + "figure the allocation works to.")
        BigDecimal budget,
        @Size(max = 200) @Schema(example = "nearly £20m", description = "The budget as the programme wrote it, kept "
                + "beside the figure; left out when it was written as the figure.") String budgetAsWritten,
        @Schema(description = "How sure the budget is: EXACT (when left out), APPROX (\"nearly £20m\"), UP_TO or OVER. "
                + "A range, a placeholder or words are refused: a budget is a figure to allocate within.")
        MoneyQualifier budgetQualifier,
        @NotNull @Size(max = 20) @Schema(description = "The kinds of award the round offers (codes unique); a bid to a "
                + "round that offers any must name one before submission.")
        List<@NotNull @Valid AwardTypeInput> awardTypes,
        @NotNull @Size(max = 20) @Schema(type = SchemaType.ARRAY, implementation = FinancialYearText.class,
                example = "[\"2013/14\", \"2014/15\"]", description = "The financial years the round funds, each in any "
                + "usual spelling (2013/14, 2013-14, FY13/14, 2013 to 2014), kept as 2013/14 with the spelling beside "
                + "it; a cost line in another year is warned (PERIOD_OUTSIDE_ROUND). May be empty.")
        List<@NotBlank @Size(max = 30) String> eligibleYears,
        @NotNull @Size(max = 50) @Schema(description = "The questions every bid answers in its narrative (codes unique).")
        List<@NotNull @Valid PromptInput> prompts,
        @Schema(description = "Whether bids must give their costs and benefits line by line (at least one of each) before "
                + "they can be submitted; false when left out.")
        boolean costBenefitRequired,
        @Schema(description = "Whether a bid may seek no award — a savings proposal, a cost-neutral case: such a bid "
                + "names neither an amount sought nor an award type, and is submitted without either. False when left "
                + "out: every bid says how much it asks for.")
        boolean awardsOptional,
        @DecimalMin("0") @DecimalMax("0.5") @Digits(integer = 1, fraction = 5) @Schema(example = "0.035",
                description = "The real discount rate the appraisal uses, as a fraction (0.035 is 3.5%, the Green Book "
                        + "rate, used when left out).") BigDecimal discountRate,
        @DecimalMin("0") @DecimalMax("2") @Digits(integer = 1, fraction = 5) @Schema(example = "0.15",
                description = "Optimism bias added to costs in the appraisal, as a fraction (0.15 is +15%); 0 when left "
                        + "out.") BigDecimal optimismBiasCosts,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 5) @Schema(example = "0.10",
                description = "Optimism bias taken off benefits in the appraisal, as a fraction (0.10 is −10%); 0 when "
                        + "left out.") BigDecimal optimismBiasBenefits,
        @Size(max = 20) @Schema(description = "Who decides the round's bids, by the amount at stake (at most 20 routes, "
                + "not overlapping): above a threshold a committee, below it an officer under delegation who reports "
                + "to a committee. Left out or empty: the round's bids are decided by the scoring-service's publication "
                + "of its allocation. With routes, the funder's programme managers record each decision as it is taken "
                + "(POST /bids/{id}/decision), under the route its amount falls in.")
        List<@NotNull @Valid ApprovalRouteInput> approvalRoutes,
        @Schema(description = "Whether the round is the funder's own programme, whose proposals its own services write "
                + "(a council's savings programme): the funder may then lead and take part in bids to it, and its own "
                + "officers' employment is not a conflict on them (it is shown, not blocking). False when left out: in a "
                + "competition the funder takes no part (FUNDER_TAKES_NO_PART).")
        boolean fundersOwnServices) {

    /** The input that, sent as a full replacement, leaves the round as it is: the base a merge patch applies to. */
    static RoundInput of(FundingRound round) {
        return new RoundInput(round.id, round.programme, round.name, round.opensAt, round.closesAt, round.budget,
                round.budgetAsWritten, round.budgetQualifier,
                round.awardTypes.stream().map(a -> new AwardTypeInput(a.code(), a.name(), a.cap(), a.capAsWritten(),
                        a.capQualifier())).toList(),
                round.eligibleYearsAsWritten != null ? round.eligibleYearsAsWritten : round.eligibleYears,
                round.prompts.stream().map(p -> new PromptInput(p.code(), p.text(), p.required())).toList(),
                round.costBenefitRequired, round.awardsOptional, round.discountRate, round.optimismBiasCosts,
                round.optimismBiasBenefits, round.approvalRoutes.stream().map(r -> new ApprovalRouteInput(r.code(), r.name(),
                        r.decidedBy(), r.above(), r.upTo(), r.delegated(), r.reportTo())).toList(),
                round.fundersOwnServices);
    }

    @Schema(name = "AwardTypeInput", description = "A kind of award the round offers.")
    public record AwardTypeInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") @Schema(example = "AUTHORITY_AWARD",
                    description = "The code bids name it by: upper-case letters, digits and '_', starting with a letter.")
            String code,
            @NotBlank @Size(max = 200) @Schema(example = "Authority Award", description = "The award type's name.")
            String name,
            @DecimalMin("0") @DecimalMax(value = MoneyRules.LIMIT_TEXT, inclusive = false) @Digits(integer = 13, fraction = 2)
            @Schema(example = "500000", description = "The most a bid of this type should seek, in pounds sterling; a bid "
                    + "over it is warned, not refused. Left out for no cap.") BigDecimal cap,
            @Size(max = 200) @Schema(example = "up to £500k", description = "The cap as the programme wrote it; only "
                    + "with cap.") String capAsWritten,
            @Schema(description = "How sure the cap is: EXACT (when left out), APPROX, UP_TO or OVER; only with cap.")
            MoneyQualifier capQualifier) {
    }

    @Schema(name = "ApprovalRouteInput", description = "Who decides the round's bids within a band of amounts.")
    public record ApprovalRouteInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[A-Z][A-Z0-9_]*$") @Schema(example = "CABINET",
                    description = "The route's code: upper-case letters, digits and '_', starting with a letter.")
            String code,
            @NotBlank @Size(max = 300) @Schema(example = "Decided by Cabinet", description = "The route in words.")
            String name,
            @NotBlank @Size(max = 300) @Schema(example = "Cabinet", description = "Who decides under it: a committee, "
                    + "a board, a post.") String decidedBy,
            @DecimalMin("0") @DecimalMax(value = MoneyRules.LIMIT_TEXT, inclusive = false) @Digits(integer = 13, fraction = 2)
            @Schema(example = "500000", description = "The route covers amounts above this, in pounds sterling; left "
                    + "out: from £0.") BigDecimal above,
            @DecimalMin("0") @DecimalMax(value = MoneyRules.LIMIT_TEXT, inclusive = false) @Digits(integer = 13, fraction = 2)
            @Schema(example = "500000", description = "The route covers amounts up to and including this, in pounds "
                    + "sterling; more than above; left out: no upper bound.") BigDecimal upTo,
            @Schema(description = "Whether decisions under it are taken under delegation and reported afterwards; false "
                    + "when left out.") boolean delegated,
            @Size(max = 300) @Schema(example = "Cabinet", description = "The committee a delegated decision is reported "
                    + "to; required when delegated.") String reportTo) {

        ApprovalRoute route() {
            return new ApprovalRoute(code, name.strip(), decidedBy.strip(), above, upTo, delegated,
                    reportTo == null || reportTo.isBlank() ? null : reportTo.strip());
        }
    }

    @Schema(name = "PromptInput", description = "A question the round asks every bid.")
    public record PromptInput(
            @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$") @Schema(example = "full-description",
                    description = "The key under which a bid answers the prompt in its narrative: lower-case letters, "
                            + "digits and '-'.") String code,
            @NotBlank @Size(max = 2000) @Schema(example = "Full description of the proposal",
                    description = "The question as bidders read it.") String text,
            @Schema(description = "Whether a bid must answer it before it can be submitted; false when left out.")
            boolean required) {
    }
}
