package uk.gov.tca.bid.appraisal;

import uk.gov.tca.bid.money.Pounds;
import uk.gov.tca.bid.money.FinancialYear;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.money.MoneyBasis;
import uk.gov.tca.bid.money.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PLACED_AS_WRITTEN: where each line's figure falls in the profile, read the way the bid wrote it, and, where reading
 * it took a rule, the rule in words for the appraisal's notes:
 * <ul>
 * <li>a figure in one year falls in that year;</li>
 * <li>a figure over a run of years ("2014/15 to 2016/17", "for 3 years") falls in every year if stated PER_ANNUM,
 *     else is the run's total, spread evenly (the bid gives no split);</li>
 * <li>a PER_ANNUM figure that goes on ("a year from 2015/16") falls in every year to the profile's last;</li>
 * <li>a figure given by dates alone is apportioned to financial years by the months of each it covers, a part month
 *     by its days — a PER_ANNUM figure at a twelfth a month, any other in proportion to the months;</li>
 * <li>CUMULATIVE figures in single years with the same words are a running total: each year gets its rise.</li>
 * </ul>
 */
final class Placement {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWELVE = new BigDecimal("12");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    enum Side { COST, BENEFIT }

    /** A line to place: its side, its name in words, its figure as the appraisal reads it, its period. */
    record Line(Side side, String name, Money amount, Period period, String words,
            List<uk.gov.tca.bid.content.Share> shares,
            String beneficiary) {

        Line(Side side, String name, Money amount, Period period, String words) {
            this(side, name, amount, period, words, List.of(), null);
        }
    }

    /** Part of a line's figure in one year of the profile. */
    record Share(int index, BigDecimal amount) {
    }

    /** The line placed (shares, and how when it took a rule), or why it could not be ({@code why} set). */
    record Placed(Line line, List<Share> shares, String how, String why) {

        boolean placed() {
            return why == null;
        }

        boolean perAnnum() {
            return line.amount() != null && line.amount().basis() == MoneyBasis.PER_ANNUM;
        }
    }

    /** How years are counted: Year 0, 1 … as the bid gives them, or financial years from the earliest one. */
    record Timeline(boolean relative, Integer firstYear) {

        static Timeline of(List<Line> lines) {
            boolean relative = lines.stream().anyMatch(l -> l.period() != null && l.period().relativeYear() != null);
            Integer first = null;
            if (!relative) {
                for (Line l : lines) {
                    Optional<FinancialYear> year = firstFinancialYear(l.period());
                    if (year.isPresent()) {
                        first = first == null ? year.get().startYear() : Math.min(first, year.get().startYear());
                    }
                }
            }
            return new Timeline(relative, first);
        }

        String label(int index) {
            return relative || firstYear == null ? "Year " + index : new FinancialYear(firstYear + index).toString();
        }

        private int index(FinancialYear year) {
            return year.startYear() - firstYear;
        }
    }

    private Placement() {
    }

    /** Every line placed, in the order given. */
    static List<Placed> of(List<Line> lines, Timeline timeline) {
        List<Placed> placed = new ArrayList<>();
        for (Line line : lines) {
            placed.add(first(line, timeline));
        }
        runningTotals(placed, timeline);
        int last = placed.stream().filter(Placed::placed).flatMap(p -> p.shares().stream()).mapToInt(Share::index).max()
                .orElse(0);
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            if (p.placed() && p.line().period() != null && p.line().period().goesOn()) {
                placed.set(i, ongoing(p.line(), p.shares().get(0).index(), last, timeline));
            }
        }
        return placed;
    }

    private static Placed first(Line line, Timeline timeline) {
        Money amount = line.amount();
        if (amount == null) {
            return unplaced(line, "has no figure");
        }
        if (!amount.readsAsNumber() && amount.qualifier() == uk.gov.tca.bid.money.MoneyQualifier.RANGE) {
            return unplaced(line, "is a range, not one figure (written \"" + amount.asWritten() + "\")");
        }
        if (!amount.readsAsNumber()) {
            return unplaced(line, "is not a figure (written \"" + amount.asWritten() + "\")");
        }
        Period period = line.period();
        Integer start = period == null ? null : startIndex(period, timeline);
        if (start == null && period != null && !timeline.relative() && period.from() != null && timeline.firstYear() != null) {
            return byMonths(line, timeline);
        }
        if (start == null) {
            String written = period == null || period.asWritten() == null ? "" : " (written \"" + period.asWritten() + "\")";
            return unplaced(line, "is not placed in a "
                    + (timeline.relative() ? "year counted from the start" : "financial year") + written);
        }
        Integer end = endIndex(period, start, timeline);
        if (end == null || end.intValue() == start.intValue()) {
            return new Placed(line, List.of(new Share(start, amount.amount())), null, null);
        }
        int count = end - start + 1;
        String run = count + " years " + timeline.label(start) + " to " + timeline.label(end);
        if (amount.basis() == MoneyBasis.PER_ANNUM) {
            List<Share> shares = new ArrayList<>();
            for (int t = start; t <= end; t++) {
                shares.add(new Share(t, amount.amount()));
            }
            return new Placed(line, shares, "is counted in each of the " + run + ", as a figure per annum", null);
        }
        return new Placed(line, evenly(amount.amount(), start, count), "is the total over the " + run
                + ", spread evenly as the bid gives no split", null);
    }

    /** The first year of the period on the timeline, or null when it names none the timeline counts. */
    private static Integer startIndex(Period period, Timeline timeline) {
        if (timeline.relative()) {
            return period.relativeYear();
        }
        if (timeline.firstYear() == null) {
            return null;
        }
        return FinancialYear.parse(period.financialYear()).map(timeline::index).orElse(null);
    }

    private static Integer endIndex(Period period, int start, Timeline timeline) {
        if (period.years() != null) {
            return start + period.years() - 1;
        }
        Optional<FinancialYear> first = FinancialYear.parse(period.financialYear());
        Optional<FinancialYear> last = FinancialYear.parse(period.untilFinancialYear());
        if (first.isPresent() && last.isPresent()) {
            // in either timeline the run is as many years long as its financial years say
            return start + last.get().startYear() - first.get().startYear();
        }
        return null;
    }

    /** A figure given by dates: a part of it to each financial year, by the months of that year it covers. */
    private static Placed byMonths(Line line, Timeline timeline) {
        Period period = line.period();
        LocalDate from = period.from();
        if (period.to() == null) {
            FinancialYear year = FinancialYear.holding(from);
            return new Placed(line, List.of(new Share(timeline.index(year), line.amount().amount())),
                    "is placed in " + year + ", the financial year of its date " + from.format(DAY), null);
        }
        Map<FinancialYear, BigDecimal> months = monthsByFinancialYear(from, period.to());
        BigDecimal totalMonths = months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean perAnnum = line.amount().basis() == MoneyBasis.PER_ANNUM;
        List<Share> shares = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        int n = 0;
        for (Map.Entry<FinancialYear, BigDecimal> e : months.entrySet()) {
            n++;
            BigDecimal share;
            if (perAnnum) {
                share = pennies(line.amount().amount().multiply(e.getValue(), MC).divide(TWELVE, MC));
            } else if (n == months.size()) {
                share = line.amount().amount().subtract(given); // the last year takes the pennies rounding left
            } else {
                share = pennies(line.amount().amount().multiply(e.getValue(), MC).divide(totalMonths, MC));
            }
            given = given.add(share);
            shares.add(new Share(timeline.index(e.getKey()), share));
            parts.add(monthsText(e.getValue()) + " to " + e.getKey());
        }
        return new Placed(line, shares, "is apportioned by months from " + from.format(DAY) + " to "
                + period.to().format(DAY) + (perAnnum ? " at a twelfth of the annual figure a month" : "") + ": "
                + String.join(", ", parts), null);
    }

    /** The months of each financial year a period covers; a part month counts by the share of its days covered. */
    static Map<FinancialYear, BigDecimal> monthsByFinancialYear(LocalDate from, LocalDate to) {
        Map<FinancialYear, BigDecimal> months = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            BigDecimal covered = BigDecimal.valueOf(last.toEpochDay() - first.toEpochDay() + 1)
                    .divide(BigDecimal.valueOf(m.lengthOfMonth()), MC);
            months.merge(FinancialYear.holding(m.atDay(1)), covered, BigDecimal::add);
        }
        return months;
    }

    /**
     * Running totals: CUMULATIVE figures of one side, in single years, with the same words are one total as it
     * grows, so each year is given its rise over the year before, not the total again.
     */
    private static void runningTotals(List<Placed> placed, Timeline timeline) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            if (p.placed() && p.shares().size() == 1 && p.line().amount().basis() == MoneyBasis.CUMULATIVE
                    && (p.line().period() == null || !p.line().period().isRun())) {
                String key = p.line().side() + "|" + (p.line().words() == null ? "" : p.line().words().strip().toLowerCase(Locale.UK));
                series.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : series.values()) {
            members.sort((a, b) -> Integer.compare(placed.get(a).shares().get(0).index(), placed.get(b).shares().get(0).index()));
            for (int k = 1; k < members.size(); k++) {
                Placed before = placed.get(members.get(k - 1));
                Placed now = placed.get(members.get(k));
                int index = now.shares().get(0).index();
                if (index == before.shares().get(0).index()) {
                    continue; // two running totals to the same year are not a rise; each stands as written
                }
                BigDecimal rise = now.line().amount().amount().subtract(before.line().amount().amount());
                placed.set(members.get(k), new Placed(now.line(), List.of(new Share(index, rise)), "is a running total: "
                        + timeline.label(index) + " is given its rise of " + Pounds.of(rise)
                        + " over the total to " + timeline.label(before.shares().get(0).index()), null));
            }
        }
    }

    private static Placed ongoing(Line line, int start, int last, Timeline timeline) {
        int end = Math.max(start, last);
        List<Share> shares = new ArrayList<>();
        for (int t = start; t <= end; t++) {
            shares.add(new Share(t, line.amount().amount()));
        }
        return new Placed(line, shares, "goes on each year with no end stated and is counted in each year from "
                + timeline.label(start) + " to " + timeline.label(end) + ", the last year of the profile", null);
    }

    private static List<Share> evenly(BigDecimal total, int start, int count) {
        BigDecimal each = pennies(total.divide(BigDecimal.valueOf(count), MC));
        List<Share> shares = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            // the last year takes what rounding to pennies left, so the shares add up to the figure as written
            shares.add(new Share(start + k, k == count - 1 ? total.subtract(each.multiply(BigDecimal.valueOf(count - 1))) : each));
        }
        return shares;
    }

    private static Optional<FinancialYear> firstFinancialYear(Period period) {
        if (period == null) {
            return Optional.empty();
        }
        Optional<FinancialYear> year = FinancialYear.parse(period.financialYear());
        return year.isPresent() || period.from() == null ? year : Optional.of(FinancialYear.holding(period.from()));
    }

    private static String monthsText(BigDecimal months) {
        BigDecimal shown = months.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return shown.toPlainString() + (shown.compareTo(BigDecimal.ONE) == 0 ? " month" : " months");
    }

    private static BigDecimal pennies(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static Placed unplaced(Line line, String why) {
        return new Placed(line, List.of(), null, why);
    }
}
