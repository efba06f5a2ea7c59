package uk.gov.tca.gateway.web.assessor;

import java.math.BigDecimal;
import uk.gov.tca.gateway.web.services.bid.Bid.BenefitLine;
import uk.gov.tca.gateway.web.services.bid.Bid.CostLine;
import uk.gov.tca.gateway.web.services.bid.Bid.Period;
import uk.gov.tca.gateway.web.services.bid.Money;

/** A cost or benefit line as the bid page lists it: what it is, the year it falls in, the amount read and as written. */
public record LineView(String label, String year, BigDecimal amount, String asWritten, String kind) {

    static LineView of(CostLine line) {
        return of(line.activity(), line.period(), line.amount(), line.nature());
    }

    static LineView of(BenefitLine line) {
        return of(line.description(), line.period(), line.amount(), line.type());
    }

    private static LineView of(String label, Period period, Money amount, String kind) {
        return new LineView(label == null ? "" : label, year(period), amount == null ? null : amount.amount(),
                amount == null || amount.asWritten() == null ? "" : amount.asWritten(), kind);
    }

    private static String year(Period period) {
        if (period != null && period.financialYear() != null) {
            return period.financialYear();
        }
        if (period != null && period.relativeYear() != null) {
            return "Year " + period.relativeYear();
        }
        return period == null || period.asWritten() == null ? "not stated" : period.asWritten();
    }
}
