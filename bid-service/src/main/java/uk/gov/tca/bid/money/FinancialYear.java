package uk.gov.tca.bid.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK financial year (1 April to 31 March), the one reading of every spelling councils use: 2016/17, 2016-17,
 * 2016–17, 16/17, FY2016/17, FY 16-17, 2016/2017, 2016 to 2017. Written back always as 2016/17. Every field that
 * holds a year (a round's years, a line's period, a declared total) reads it here, so a spelling one accepts is one
 * every other accepts and compares equal.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    /** What an unreadable year is told it should be. */
    public static final String EXPECTED = "must be a financial year of two consecutive years, as 2016/17 (also "
            + "written 2016-17, 2016–17, 16/17, FY2016/17 or 2016 to 2017)";

    // "FY" optional; the first year in four or two digits; a slash, hyphen, en or em dash or "to"; the second in
    // four or two digits. Digit runs are not part of longer numbers (a £20163 figure is not a year).
    private static final String SPELLING = "(?<![\\p{Alnum}£$.,])(?:FY\\s?)?(\\d{4}|\\d{2})\\s*(?:/|-|\u2013|\u2014|\\bto\\b)"
            + "\\s*(\\d{4}|\\d{2})(?![\\p{Alnum}%])";
    private static final Pattern WHOLE = Pattern.compile("^\\s*" + SPELLING + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHIN = Pattern.compile(SPELLING, Pattern.CASE_INSENSITIVE);

    /** The year, if the text is one financial year in any usual spelling and nothing else. */
    public static Optional<FinancialYear> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = WHOLE.matcher(written);
        return m.matches() ? of(m.group(1), m.group(2)) : Optional.empty();
    }

    /** Every financial year named in free words ("2014/15 and 2015-16"), each once, in the order written. */
    public static List<FinancialYear> findIn(String words) {
        List<FinancialYear> years = new ArrayList<>();
        if (words == null) {
            return years;
        }
        Matcher m = WITHIN.matcher(words);
        while (m.find()) {
            of(m.group(1), m.group(2)).filter(y -> !years.contains(y)).ifPresent(years::add);
        }
        return years;
    }

    /** The text normalised (2016/17) if it reads as a year, else the text unchanged, for its rule to refuse. */
    public static String normalise(String written) {
        return parse(written).map(FinancialYear::toString).orElse(written);
    }

    /**
     * The spelling to keep beside a normalised year: the text as written when it differs from the normal form, else
     * the spelling kept before (a stored record read back already holds its normal form and its spelling).
     */
    public static String spellingOf(String written, String keptBefore) {
        String spelt = asWrittenIfDifferent(written);
        return spelt != null ? spelt : keptBefore;
    }

    /** The written form worth keeping: the text when it differs from the normal form, else nothing. */
    public static String asWrittenIfDifferent(String written) {
        return parse(written).map(FinancialYear::toString).filter(normal -> !normal.equals(written)).map(n -> written)
                .orElse(null);
    }

    // A two-digit start is of this century (councils' "16/17"); the end may be four digits or the last two, and must
    // be the year after the start, so 2013/15 and 2016 to 2018 are not years.
    private static Optional<FinancialYear> of(String first, String second) {
        int start = first.length() == 2 ? 2000 + Integer.parseInt(first) : Integer.parseInt(first);
        int end = Integer.parseInt(second);
        boolean follows = second.length() == 4 ? end == start + 1 : end == (start + 1) % 100;
        return follows && start >= 1900 ? Optional.of(new FinancialYear(start)) : Optional.empty();
    }

    /** The financial year a day falls in: from 1 April. */
    public static FinancialYear holding(java.time.LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}
