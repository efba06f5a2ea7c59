package uk.gov.tca.gateway.web.services.bid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** The bid-service's appraisal of a bid from its own cost and benefit lines, as far as the bid page shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
/** appraisable: whether ratios, NPV and payback were given (figures that could not be read give none). */
public record Appraisal(Boolean appraisable, String cannotBeAppraised, List<Year> years, BigDecimal totalCosts, BigDecimal totalBenefits, BigDecimal roi,
        BigDecimal benefitCostRatio, BigDecimal npv, BigDecimal discountRate, Integer paybackYear, String paybackLabel,
        List<String> notes) {

    public Appraisal {
        years = years == null ? List.of() : years;
        notes = notes == null ? List.of() : notes;
        appraisable = appraisable == null || appraisable;
    }

    /** One year of the profile; the index counts from Year 0. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Year(int index, String label, BigDecimal costs, BigDecimal benefits, BigDecimal net,
            BigDecimal cumulativeNet) {
    }
}
