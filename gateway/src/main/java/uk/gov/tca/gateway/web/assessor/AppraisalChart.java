package uk.gov.tca.gateway.web.assessor;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the appraisal chart draws: costs and benefits by year as bars, the cumulative net as a line, and the
 * year the bid pays back marked. The same figures are in the table beside it, for those who cannot see charts.
 */
public record AppraisalChart(List<String> labels, List<BigDecimal> costs, List<BigDecimal> benefits,
        List<BigDecimal> cumulativeNet, Integer paybackIndex, String paybackLabel) {

    static AppraisalChart of(JsonNode appraisal) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> costs = new ArrayList<>();
        List<BigDecimal> benefits = new ArrayList<>();
        List<BigDecimal> cumulative = new ArrayList<>();
        Integer paybackIndex = null;
        int paybackYear = appraisal.path("paybackYear").asInt(-1);
        for (JsonNode year : appraisal.path("years")) {
            if (appraisal.hasNonNull("paybackYear") && year.path("index").asInt() == paybackYear) {
                paybackIndex = labels.size();
            }
            labels.add(year.path("label").asText());
            costs.add(year.path("costs").decimalValue());
            benefits.add(year.path("benefits").decimalValue());
            cumulative.add(year.path("cumulativeNet").decimalValue());
        }
        return new AppraisalChart(labels, costs, benefits, cumulative, paybackIndex,
                appraisal.path("paybackLabel").asText(null));
    }
}
