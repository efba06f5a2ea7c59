package uk.gov.tca.gateway.web.assessor;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.tca.gateway.web.services.bid.Appraisal;
import uk.gov.tca.gateway.web.services.bid.Appraisal.Year;

/**
 * What the appraisal chart draws: costs and benefits by year as bars, the cumulative net as a line, and the
 * year the bid pays back marked. The same figures are in the table beside it, for those who cannot see charts.
 */
public record AppraisalChart(List<String> labels, List<BigDecimal> costs, List<BigDecimal> benefits,
        List<BigDecimal> cumulativeNet, Integer paybackIndex, String paybackLabel) {

    static AppraisalChart of(Appraisal appraisal) {
        List<Year> years = appraisal.years();
        Integer paybackIndex = null;
        for (int i = 0; i < years.size() && appraisal.paybackYear() != null; i++) {
            if (years.get(i).index() == appraisal.paybackYear()) {
                paybackIndex = i;
                break;
            }
        }
        return new AppraisalChart(years.stream().map(Year::label).toList(), years.stream().map(Year::costs).toList(),
                years.stream().map(Year::benefits).toList(), years.stream().map(Year::cumulativeNet).toList(),
                paybackIndex, appraisal.paybackLabel());
    }
}
