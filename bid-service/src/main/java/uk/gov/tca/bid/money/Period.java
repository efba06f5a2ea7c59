package uk.gov.tca.bid.money;

import uk.gov.tca.platform.rules.RuleViolation;

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
    /** Financial years as bids write them in words: "2014/15", "2016-17", "13/14", "2014/2015". */
    private static final Pattern YEAR_IN_WORDS = Pattern.compile("\\b(20)?(\\d{2})\\s*[/-]\\s*(20)?(\\d{2})\\b");

    /**
     * The financial years this period names: the structured year if given, else the ones written in its
     * words ("2014/15 and 2015/16"), normalised to 2014/15; pairs that are not consecutive years are not years.
     */
    public List<String> financialYears() {
        if (financialYear != null) {
            return List.of(financialYear);
        }
        List<String> years = new ArrayList<>();
        if (asWritten != null) {
            Matcher m = YEAR_IN_WORDS.matcher(asWritten);
            while (m.find()) {
                int first = Integer.parseInt(m.group(2));
                int second = Integer.parseInt(m.group(4));
                String year = "20" + m.group(2) + "/" + m.group(4);
                if ((first + 1) % 100 == second && !years.contains(year)) {
                    years.add(year);
                }
            }
        }
        return years;
    }

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
