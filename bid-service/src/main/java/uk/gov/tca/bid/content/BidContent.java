package uk.gov.tca.bid.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a council writes in a bid, beyond who takes part and what it asks for: its answers, its cost and benefit
 * lines, the resolutions behind it, its contacts and annexes, and the totals, metrics and scenarios it states. One
 * record for the request, the stored bid and the view (each unwraps it into its own fields), so a new kind of
 * content is one line here, a column and the contract. Missing lists are empty; nothing is re-ordered.
 */
@Embeddable
public record BidContent(
        @Schema(description = "Answers to the round's prompts, by prompt code", maxProperties = 100)
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        Map<@Size(max = 60) String, @Size(max = 20000) String> narrative,

        @Size(max = 500) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "cost_lines", nullable = false)
        List<@NotNull @Valid CostLine> costLines,

        @Size(max = 500) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "benefit_lines", nullable = false)
        List<@NotNull @Valid BenefitLine> benefitLines,

        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        List<@NotNull @Valid Resolution> resolutions,

        @Schema(description = "Fields listed in a contact's redacted are shown only to the bid's organisations and "
                + "programme managers")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        List<@NotNull @Valid Contact> contacts,

        @Schema(description = "A confidential attachment's label and reference are shown only to the bid's "
                + "organisations and programme managers")
        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(nullable = false)
        List<@NotNull @Valid Attachment> attachments,

        @Size(max = 50) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "declared_metrics", nullable = false)
        List<@NotNull @Valid DeclaredMetric> declaredMetrics,

        @Size(max = 50) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "declared_scenarios", nullable = false)
        List<@NotNull @Valid DeclaredScenario> declaredScenarios,

        @Size(max = 100) @JdbcTypeCode(SqlTypes.JSON) @Column(name = "declared_totals", nullable = false)
        List<@NotNull @Valid DeclaredTotal> declaredTotals,

        @Schema(description = "The date the bid bears; resolutions after it can only have been planned",
                example = "2013-07-12")
        LocalDate dated) {

    public BidContent {
        // nulls inside are kept for validation to name; only a missing list or map becomes empty
        narrative = narrative == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
        costLines = listOf(costLines);
        benefitLines = listOf(benefitLines);
        resolutions = listOf(resolutions);
        contacts = listOf(contacts);
        attachments = listOf(attachments);
        declaredMetrics = listOf(declaredMetrics);
        declaredScenarios = listOf(declaredScenarios);
        declaredTotals = listOf(declaredTotals);
    }

    /** Nothing written yet. */
    public static BidContent empty() {
        return new BidContent(null, null, null, null, null, null, null, null, null, null);
    }

    /** The same content with the three parts that may be withheld from a reader shown as the reader may see them. */
    public BidContent disclosed(UnaryOperator<List<Resolution>> resolutionsShown, UnaryOperator<List<Contact>> contactsShown,
            UnaryOperator<List<Attachment>> attachmentsShown) {
        return new BidContent(narrative, costLines, benefitLines, resolutionsShown.apply(resolutions),
                contactsShown.apply(contacts), attachmentsShown.apply(attachments), declaredMetrics, declaredScenarios,
                declaredTotals, dated);
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
