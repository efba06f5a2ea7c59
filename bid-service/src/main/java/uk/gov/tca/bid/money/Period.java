package uk.gov.tca.bid.money;

import uk.gov.tca.platform.rules.RuleViolation;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * When a cost or benefit falls, as the bid says it: a financial year ("2013/14"), a year relative to the
 * start ("Year 0"), or a date range ("October 13 to September 14"), with the words kept beside it.
 */
@Schema(name = "Period", description = "When a cost or benefit falls: a financial year, a year counted from the start, "
        + "or dates, with the words the bid used kept beside them. Every part is optional.")
public record Period(
        @Schema(description = "The UK financial year (1 April to 31 March) the line falls in, in any usual spelling "
                + "(2016/17, 2016-17, 2016–17, 16/17, FY2016/17, 2016/2017, 2016 to 2017): the two years must follow each "
                + "other (2013/15 is refused). Answered in one form, 2016/17, with the spelling kept in "
                + "financialYearAsWritten.", example = "2013/14")
        @jakarta.validation.constraints.Size(max = 30) String financialYear,
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
                + "When financialYear is left out, the financial years written here in any spelling financialYear "
                + "takes are the ones a cost line is checked against the round's years with.",
                example = "2014/15 and 2015/16")
        @jakarta.validation.constraints.Size(max = 200) String asWritten,
        @Schema(description = "The financial year as the bid spelt it, when not 2016/17 (\"FY16-17\"); set from "
                + "financialYear, left out when the spelling was already the normal one.", example = "2013-14")
        @jakarta.validation.constraints.Size(max = 30) String financialYearAsWritten) {

    /** One reading of the year, whatever its spelling; the spelling is kept beside it once. */
    public Period {
        String spelt = FinancialYear.asWrittenIfDifferent(financialYear);
        if (spelt != null) {
            financialYearAsWritten = spelt;
        }
        financialYear = FinancialYear.normalise(financialYear);
    }

    public Period(String financialYear, Integer relativeYear, LocalDate from, LocalDate to, String asWritten) {
        this(financialYear, relativeYear, from, to, asWritten, null);
    }

    /**
     * The financial years this period names: the structured year if given, else the ones written in its
     * words ("2014/15 and 2015-16"), normalised to 2014/15; pairs that are not consecutive years are not years.
     */
    public List<String> financialYears() {
        if (financialYear != null) {
            return List.of(financialYear);
        }
        return FinancialYear.findIn(asWritten).stream().map(FinancialYear::toString).toList();
    }

    public static List<RuleViolation> check(String field, Period period) {
        List<RuleViolation> violations = new ArrayList<>();
        if (period == null) {
            return violations;
        }
        if (period.financialYear() != null && FinancialYear.parse(period.financialYear()).isEmpty()) {
            violations.add(new RuleViolation(field + ".financialYear", FinancialYear.EXPECTED));
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
