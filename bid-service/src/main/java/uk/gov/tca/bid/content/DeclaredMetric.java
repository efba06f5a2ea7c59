package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A figure the bid states about its own return, kept as stated beside the one the appraisal computes. */
public record DeclaredMetric(@NotNull Type type, BigDecimal value, @Size(max = 300) String asWritten,
        @Size(max = 300) String scope) {

    @Schema(name = "DeclaredMetricType")
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
