package uk.gov.tca.bid.money;

import uk.gov.tca.platform.rules.RuleViolation;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a cost or benefit falls, as the bid says it: a financial year ("2013/14"), a year relative to the
 * start ("Year 0"), or a date range ("October 13 to September 14"), with the words kept beside it.
 */
@Schema(name = "Period", description = "When a cost or benefit falls: a financial year, a year counted from the start, "
        + "or dates, with the words the bid used kept beside them. Every part is optional.")
public record Period(
        @Schema(description = "The UK financial year (1 April to 31 March) the line falls in, written 2013/14: the year it "
                + "starts, a slash and the last two digits of the year it ends, the two consecutive (2013/15 is refused). "
                + "Other spellings (\"13/14\", \"2016-17\") go in asWritten.", pattern = FINANCIAL_YEAR_PATTERN,
                example = "2013/14")
        @jakarta.validation.constraints.Size(max = 7) String financialYear,
        @Schema(description = "A year counted from the start of the work, as a bid's \"Year 0\" to \"Year 6\": 0 is the "
                + "first year. From 0 to 50. When any line of the bid gives one, the appraisal uses relative years.",
                minimum = "0", maximum = "50", example = "0")
        Integer relativeYear,
        @Schema(description = "The first day of a period given by dates (\"October 13 to September 14\"), ISO 8601.",
                example = "2013-10-01")
        LocalDate from,
        @Schema(description = "The last day of a period given by dates, ISO 8601; not before from.", example = "2014-09-30")
        LocalDate to,
        @Schema(description = "The period in the bid's own words (\"over next 18 months\", \"2014/15 and 2015/16\"). "
                + "When financialYear is left out, the financial years written here in any usual spelling (2014/15, "
                + "13/14, 2016-17, 2014/2015) are the ones a cost line is checked against the round's years with.",
                example = "2014/15 and 2015/16")
        @jakarta.validation.constraints.Size(max = 200) String asWritten) {

    /** A financial year as the contract and the rules write it; the years must also be consecutive. */
    public static final String FINANCIAL_YEAR_PATTERN = "^\\d{4}/\\d{2}$";

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
