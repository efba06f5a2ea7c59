package uk.gov.tca.bid.content;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.validation.Lists;

/**
 * What a council writes in a bid, beyond who takes part and what it asks for: its answers, its cost and benefit
 * lines, the resolutions behind it, its contacts and annexes, and the totals, metrics and scenarios it states. One
 * record for the request, the stored bid and the view (each unwraps it into its own fields), so a new kind of
 * content is one line here, a column and the contract. Missing lists are empty; nothing is re-ordered.
 */
@Embeddable
public record BidContent(
        @Schema(description = "The bid's answers to its round's prompts, each under the prompt's code (the codes of the "
                + "round's prompts: lower-case letters, digits and '-'; a key is at most 60 characters, an answer at most "
                + "20,000, at most 100 answers). The round tca-2013-14 asks full-description, "
                + "purpose-costs-benefits-value and innovation-exemplar (required) and transitional-costs, amount-sought "
                + "and council-resolutions. Every prompt the round marks required needs a non-blank answer before the bid "
                + "can be submitted; a key that is not one of the round's codes is kept but never asked for.",
                maxProperties = 100, example = "{\"full-description\": \"Smaller, Smarter, Swifter: six Transformational "
                + "Enquiries into how the two councils and their partners deliver outcomes\"}")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        Map<@Size(max = 60) String, @Size(max = 20000) String> narrative,

        @Schema(description = "The bid's costs, line by line, as written (at most 500). A round with costBenefitRequired "
                + "needs at least one before submission.")
        @Size(max = 500) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "cost_lines", nullable = false)
        List<@NotNull @Valid CostLine> costLines,

        @Schema(description = "The benefits the bid claims, line by line, as written (at most 500). A round with "
                + "costBenefitRequired needs at least one before submission.")
        @Size(max = 500) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "benefit_lines", nullable = false)
        List<@NotNull @Valid BenefitLine> benefitLines,

        @Schema(description = "The council and partner decisions supporting the bid (at most 100). A confidential one's "
                + "evidence is shown only to the bid's organisations and programme managers.")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        List<@NotNull @Valid Resolution> resolutions,

        @Schema(description = "The people to contact about the bid (at most 100). The fields listed in a contact's "
                + "redacted are shown only to the bid's organisations and programme managers.")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        List<@NotNull @Valid Contact> contacts,

        @Schema(description = "The annexes the bid refers to (at most 100). A confidential attachment's label and "
                + "reference are shown only to the bid's organisations and programme managers.")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        List<@NotNull @Valid Attachment> attachments,

        @Schema(description = "Payback, ROI and other return figures as the bid states them (at most 50).")
        @Size(max = 50) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "declared_metrics", nullable = false)
        List<@NotNull @Valid DeclaredMetric> declaredMetrics,

        @Schema(description = "Sensitivity rows as the bid states them (at most 50).")
        @Size(max = 50) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "declared_scenarios", nullable = false)
        List<@NotNull @Valid DeclaredScenario> declaredScenarios,

        @Schema(description = "Totals as the bid states them, checked against what they total (at most 100).")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "declared_totals", nullable = false)
        List<@NotNull @Valid DeclaredTotal> declaredTotals,

        @Schema(description = "The date the bid bears, ISO 8601; left out when it bears none. A resolution dated after "
                + "it can only have been planned (warning RESOLUTION_AFTER_BID; without it the submission date is used).",
                example = "2013-07-12")
        LocalDate dated,

        @Schema(description = "How the benefit lines write signs, declared when any is negative (a council's table of "
                + "savings by year, some negative): SAVINGS_POSITIVE or SAVINGS_NEGATIVE. Left out, a negative benefit "
                + "figure is refused. Cost lines are never negative.")
        @Enumerated(EnumType.STRING) @Column(name = "sign_convention")
        SignConvention signConvention,

        @Schema(description = "The references the proposal is known by elsewhere (at most 50): a council's "
                + "business-planning code, the funder's bid number, a committee report's item.")
        @Size(max = 50) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "bid_references", nullable = false)
        List<@NotNull @Valid Reference> references,

        @Schema(description = "The committee or board that owns the proposal; left out when the bid names none.")
        @Valid @JdbcTypeCode(SqlTypes.JSON) @Column(name = "owning_body")
        OwningBody owningBody,

        @Schema(description = "How far the proposal has got: CONCEPT, BUSINESS_CASE or APPROVED; left out when the bid "
                + "does not say.")
        @Enumerated(EnumType.STRING) @Column(name = "maturity")
        Maturity maturity,

        @Schema(description = "The proposal's own approval chain, in order (at most 30): each named sign-off with its "
                + "date, as a council's proposal sheet has them (\"Agreed By: Job Title and Name / Date\").")
        @Size(max = 30) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "approval_chain", nullable = false)
        List<@NotNull @Valid SignOff> approvalChain) {

    public BidContent {
        // nulls inside are kept for validation to name; only a missing list or map becomes empty
        narrative = narrative == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
        costLines = Lists.asSent(costLines);
        benefitLines = Lists.asSent(benefitLines);
        resolutions = Lists.asSent(resolutions);
        contacts = Lists.asSent(contacts);
        attachments = Lists.asSent(attachments);
        declaredMetrics = Lists.asSent(declaredMetrics);
        declaredScenarios = Lists.asSent(declaredScenarios);
        declaredTotals = Lists.asSent(declaredTotals);
        references = Lists.asSent(references);
        approvalChain = Lists.asSent(approvalChain);
    }

    /** Nothing written yet. */
    public static BidContent empty() {
        return new BidContent(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The same content with the three parts that may be withheld from a reader shown as the reader may see them. */
    public BidContent disclosed(UnaryOperator<List<Resolution>> resolutionsShown, UnaryOperator<List<Contact>> contactsShown,
            UnaryOperator<List<Attachment>> attachmentsShown) {
        return new BidContent(narrative, costLines, benefitLines, resolutionsShown.apply(resolutions),
                contactsShown.apply(contacts), attachmentsShown.apply(attachments), declaredMetrics, declaredScenarios,
                declaredTotals, dated, signConvention, references, owningBody, maturity, approvalChain);
    }

    /** The organisations with a part in the figures: named in a shared line, or a benefit falls to them alone. */
    public java.util.Set<String> sharedWith() {
        java.util.Set<String> orgs = new java.util.LinkedHashSet<>();
        costLines.forEach(c -> c.shares().forEach(s -> orgs.add(s.organisationId())));
        benefitLines.forEach(b -> {
            b.shares().forEach(s -> orgs.add(s.organisationId()));
            if (b.beneficiaryOrganisationId() != null) {
                orgs.add(b.beneficiaryOrganisationId());
            }
        });
        return orgs;
    }

    /** The keys the reference filter finds the bid by, each once. */
    public java.util.Set<String> referenceKeys() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        references.stream().filter(r -> r != null && r.value() != null && !r.value().isBlank())
                .forEach(r -> keys.add(Reference.key(r.value())));
        return keys;
    }

}
