package uk.gov.tca.bid.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a cost or benefit falls, as the bid says it: a financial year ("2013/14"), a year relative to the
 * start ("Year 0"), or a date range ("October 13 to September 14"), with the words kept beside it.
 */
public record Period(@jakarta.validation.constraints.Size(max = 7) String financialYear, Integer relativeYear,
        LocalDate from, LocalDate to, @jakarta.validation.constraints.Size(max = 200) String asWritten) {

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("^(\\d{4})/(\\d{2})$");

    public static List<RuleViolation> check(String field, Period period) {
        List<RuleViolation> violations = new ArrayList<>();
        if (period == null) {
            return violations;
        }
        if (period.financialYear() != null) {
            Matcher m = FINANCIAL_YEAR.matcher(period.financialYear());
            if (!m.matches()) {
                violations.add(new RuleViolation(field + ".financialYear", "must be written 2013/14"));
            } else if ((Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
                violations.add(new RuleViolation(field + ".financialYear", "must be two consecutive years, as 2013/14"));
            }
        }
        if (period.relativeYear() != null && (period.relativeYear() < 0 || period.relativeYear() > 50)) {
            violations.add(new RuleViolation(field + ".relativeYear", "must be between 0 and 50"));
        }
        if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
            violations.add(new RuleViolation(field + ".to", "is before from"));
        }
        return violations;
    }
}
