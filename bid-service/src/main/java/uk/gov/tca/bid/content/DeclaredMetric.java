package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A figure the bid states about its own return, kept as stated beside the one the appraisal computes. */
@Schema(name = "DeclaredMetric", description = "A figure the bid states about its own return (payback, ROI, a multiple), "
        + "kept as stated; when it is about the bid's own lines it is compared with the appraisal (warning "
        + "DECLARED_METRIC_DIFFERS).")
public record DeclaredMetric(
        @Schema(description = "What the figure is.") @NotNull Type type,
        @Schema(description = "The figure as a number, in the type's unit: years for PAYBACK_YEARS, a percentage for "
                + "ROI_PERCENT_NET (633 for 633%), a ratio for RETURN_MULTIPLE, BENEFIT_COST_RATIO and "
                + "COST_TO_ANNUAL_SAVING_RATIO, pounds sterling for RETURN_NET_AMOUNT.", example = "633")
        BigDecimal value,
        @Schema(description = "The figure as the bid writes it.", example = "Base Case 633%") @Size(max = 300) String asWritten,
        @Schema(description = "What the figure covers when it is wider than the bid's own cost and benefit lines (\"whole "
                + "public sector\"); a metric with a scope is not compared with the appraisal.",
                example = "Partners' direct financial benefit") @Size(max = 300) String scope) {

    @Schema(name = "DeclaredMetricType", description = "PAYBACK_YEARS; ROI_PERCENT_NET, (B − C) / C as a percentage "
            + "(\"Return on investment 633%\"); RETURN_MULTIPLE, B / C (\"Over 18 times\"); BENEFIT_COST_RATIO; "
            + "RETURN_NET_AMOUNT, a net return in pounds (\"£2.002m return on investment\"); COST_TO_ANNUAL_SAVING_RATIO, "
            + "up-front cost over annual saving (\"less than one third\").")
    public enum Type {
        PAYBACK_YEARS,
        /** (B − C) / C as a percentage: "Return on investment 633%". */
        ROI_PERCENT_NET,
        /** B / C: "Over 18 times". */
        RETURN_MULTIPLE,
        BENEFIT_COST_RATIO,
        /** A net return in pounds: "£2.002m return on investment". */
        RETURN_NET_AMOUNT,
        /** Up-front cost over annual saving: "less than one third". */
        COST_TO_ANNUAL_SAVING_RATIO
    }
}
