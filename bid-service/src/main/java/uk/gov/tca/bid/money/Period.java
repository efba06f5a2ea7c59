package uk.gov.tca.bid.money;

import uk.gov.tca.platform.rules.RuleViolation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a cost or benefit falls, as the bid says it: a financial year ("2013/14"), a year relative to the
 * start ("Year 0"), a run of years ("2014/15 to 2016/17", "for 3 years from 2015/16"), or a date range
 * ("October 13 to September 14"), with the words kept beside it.
 */
@Schema(name = "Period", description = "When a cost or benefit falls: a financial year, a year counted from the start, "
        + "a run of years from either, or dates, with the words the bid used kept beside them. Every part is optional.")
public record Period(
        @Schema(description = "The UK financial year (1 April to 31 March) the line falls in, or the first of a run of "
                + "years, in any usual spelling (2016/17, 2016-17, 2016–17, 16/17, FY2016/17, 2016/2017, 2016 to 2017): the "
                + "two years must follow each other (2013/15 is refused). Answered in one form, 2016/17, with the spelling "
                + "kept in financialYearAsWritten.", example = "2013/14")
        @jakarta.validation.constraints.Size(max = 30) String financialYear,
        @Schema(description = "A year counted from the start of the work, as a bid's \"Year 0\" to \"Year 6\": 0 is the "
                + "first year, or the first of a run of years. From 0 to 50. When any line of the bid gives one, the "
                + "appraisal uses relative years.", minimum = "0", maximum = "50", example = "0")
        Integer relativeYear,
        @Schema(description = "The first day of a period given by dates (\"October 13 to September 14\"), ISO 8601. A "
                + "figure given by dates alone is apportioned to financial years by months in the appraisal.",
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
        @jakarta.validation.constraints.Size(max = 30) String financialYearAsWritten,
        @Schema(description = "The last financial year of a run that starts at financialYear (\"2014/15 to 2016/17\"), "
                + "in any spelling financialYear takes; not before financialYear. A PER_ANNUM figure falls in every year "
                + "of the run, any other figure is the run's total.", example = "2016/17")
        @jakarta.validation.constraints.Size(max = 30) String untilFinancialYear,
        @Schema(description = "The last year of the run as the bid spelt it, when not the normal form; set from "
                + "untilFinancialYear.", example = "16-17")
        @jakarta.validation.constraints.Size(max = 30) String untilFinancialYearAsWritten,
        @Schema(description = "How many years the run lasts from its first year, financialYear or relativeYear (\"£50k a "
                + "year for 3 years\"), from 1 to 50; not given with untilFinancialYear. A PER_ANNUM figure with a first "
                + "year and neither untilFinancialYear nor years falls in that year only, unless ongoing.",
                minimum = "1", maximum = "50", example = "3")
        Integer years,
        @Schema(description = "True for a PER_ANNUM figure that goes on each year from its first year with no end stated "
                + "(\"£100k a year from 2015/16\"): the appraisal counts it in every year from the first to the last "
                + "year of the bid's profile, and says so. Not given with untilFinancialYear or years.", example = "true")
        Boolean ongoing) {

    /** One reading of each year, whatever its spelling; the spelling is kept beside it once. */
    public Period {
        financialYearAsWritten = FinancialYear.spellingOf(financialYear, financialYearAsWritten);
        financialYear = FinancialYear.normalise(financialYear);
        untilFinancialYearAsWritten = FinancialYear.spellingOf(untilFinancialYear, untilFinancialYearAsWritten);
        untilFinancialYear = FinancialYear.normalise(untilFinancialYear);
    }

    public Period(String financialYear, Integer relativeYear, LocalDate from, LocalDate to, String asWritten) {
        this(financialYear, relativeYear, from, to, asWritten, null, null, null, null, null);
    }

    /** A run of years from a first year: to a last financial year, or for a number of years. */
    public static Period run(String financialYear, Integer relativeYear, String untilFinancialYear, Integer years,
            String asWritten) {
        return new Period(financialYear, relativeYear, null, null, asWritten, null, untilFinancialYear, null, years, null);
    }

    /** A figure that goes on each year from a first year, with no end stated. */
    public static Period ongoingFrom(String financialYear, Integer relativeYear, String asWritten) {
        return new Period(financialYear, relativeYear, null, null, asWritten, null, null, null, null, true);
    }

    /** Whether the figure goes on each year from its first, with no end stated. */
    public boolean goesOn() {
        return Boolean.TRUE.equals(ongoing);
    }

    /**
     * The financial years this period names: the structured year (or run of years) if given, else those its dates
     * span, else the ones written in its words ("2014/15 and 2015-16"), normalised to 2014/15; pairs that are not consecutive years are not years.
     */
    public List<String> financialYears() {
        Optional<FinancialYear> first = FinancialYear.parse(financialYear);
        if (first.isPresent()) {
            int last = lastFinancialYear().map(FinancialYear::startYear).orElse(first.get().startYear());
            List<String> run = new ArrayList<>();
            for (int y = first.get().startYear(); y <= Math.max(last, first.get().startYear()); y++) {
                run.add(new FinancialYear(y).toString());
            }
            return run;
        }
        if (financialYear != null) {
            return List.of(financialYear);
        }
        if (from != null) {
            // dates span the financial years from the one holding the first day to the one holding the last
            List<String> spanned = new ArrayList<>();
            int last = FinancialYear.holding(to == null ? from : to).startYear();
            for (int y = FinancialYear.holding(from).startYear(); y <= last; y++) {
                spanned.add(new FinancialYear(y).toString());
            }
            return spanned;
        }
        return FinancialYear.findIn(asWritten).stream().map(FinancialYear::toString).toList();
    }

    /** The last financial year of a run from financialYear, when the period is one: until it, or for its years. */
    public Optional<FinancialYear> lastFinancialYear() {
        Optional<FinancialYear> first = FinancialYear.parse(financialYear);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (untilFinancialYear != null) {
            return FinancialYear.parse(untilFinancialYear);
        }
        return years == null ? Optional.empty() : Optional.of(new FinancialYear(first.get().startYear() + years - 1));
    }

    /** Whether the period says how long it runs: to a last year, or for a number of years. */
    @JsonIgnore
    public boolean isRun() {
        return untilFinancialYear != null || years != null;
    }

    /** The longest period a line may give, as years does: beyond, a figure is a typing error, not a programme. */
    static final int MAX_YEARS = 50;

    public static List<RuleViolation> check(String field, Period period) {
        List<RuleViolation> violations = new ArrayList<>();
        if (period == null) {
            return violations;
        }
        Optional<FinancialYear> first = Optional.empty();
        if (period.financialYear() != null) {
            first = FinancialYear.parse(period.financialYear());
            if (first.isEmpty()) {
                violations.add(new RuleViolation(field + ".financialYear", FinancialYear.EXPECTED));
            }
        }
        if (period.relativeYear() != null && (period.relativeYear() < 0 || period.relativeYear() > 50)) {
            violations.add(new RuleViolation(field + ".relativeYear", "must be between 0 and 50"));
        }
        if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
            violations.add(new RuleViolation(field + ".to", "is before from"));
        } else if (period.from() != null && period.to() != null && period.to().isAfter(period.from().plusYears(MAX_YEARS))) {
            violations.add(new RuleViolation(field + ".to", "is more than " + MAX_YEARS + " years after from: a period is at "
                    + "most " + MAX_YEARS + " years"));
        }
        if (period.untilFinancialYear() != null) {
            Optional<FinancialYear> last = FinancialYear.parse(period.untilFinancialYear());
            if (last.isEmpty()) {
                violations.add(new RuleViolation(field + ".untilFinancialYear", FinancialYear.EXPECTED));
            } else if (period.financialYear() == null) {
                violations.add(new RuleViolation(field + ".untilFinancialYear",
                        "needs financialYear, the first year of the run"));
            } else if (first.isPresent() && last.get().compareTo(first.get()) < 0) {
                violations.add(new RuleViolation(field + ".untilFinancialYear", "is before financialYear "
                        + first.get()));
            } else if (first.isPresent() && last.get().startYear() - first.get().startYear() >= MAX_YEARS) {
                violations.add(new RuleViolation(field + ".untilFinancialYear", "is more than " + MAX_YEARS + " years from "
                        + "financialYear " + first.get() + ": a run is at most " + MAX_YEARS + " years"));
            }
        }
        if (period.years() != null) {
            if (period.years() < 1 || period.years() > 50) {
                violations.add(new RuleViolation(field + ".years", "must be between 1 and 50"));
            } else if (period.untilFinancialYear() != null) {
                violations.add(new RuleViolation(field + ".years", "is given with untilFinancialYear: say how long the "
                        + "run is one way, not both"));
            } else if (period.financialYear() == null && period.relativeYear() == null) {
                violations.add(new RuleViolation(field + ".years", "needs a first year: financialYear or relativeYear"));
            }
        }
        if (period.goesOn()) {
            if (period.isRun()) {
                violations.add(new RuleViolation(field + ".ongoing", "is given with a last year or a number of years: a "
                        + "run either ends or goes on"));
            } else if (period.financialYear() == null && period.relativeYear() == null) {
                violations.add(new RuleViolation(field + ".ongoing", "needs a first year: financialYear or relativeYear"));
            }
        }
        return violations;
    }
}
