package uk.gov.tca.gateway.web.manager;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.tca.gateway.web.Charts;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.Formats;
import uk.gov.tca.gateway.web.Paged;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Decisions;
import uk.gov.tca.gateway.web.services.scoring.Ranking;
import uk.gov.tca.gateway.web.services.scoring.Ranking.RankingLine;

/**
 * The ranking against the budget as a table and a chart, the decisions if any (none before allocating), the
 * allocation form (with what stops allocating now, and the rule last chosen), and a refusal: against the form's fields
 * ({@code errors}) or, for publishing, the page's ({@code problem}). {@code done}: what the redirect says was done.
 */
public record RankingView(Round round, Ranking ranking, Paged<Row> rows, String sort, Paged<Decisions.DecisionLine> lines,
        Decisions decisions, String chart, boolean chartCut, BigDecimal minimumQualityScore, DecisionForm form,
        List<FieldError> errors, ServiceProblem problem, String done) {

    /** The most bids the chart draws: past them it would be a smear, and the table pages through them all. */
    static final int CHARTED = 200;

    /** How the ranking's table may be ordered, by the address's {@code sort}: rank unless it names another. */
    static final java.util.Map<String, java.util.Comparator<RankingLine>> SORTS = java.util.Map.of(
            "rank", java.util.Comparator.comparingInt(RankingLine::rank),
            "score", java.util.Comparator.comparing(RankingLine::score, java.util.Comparator.nullsLast(
                    java.util.Comparator.<BigDecimal>reverseOrder())).thenComparingInt(RankingLine::rank),
            "sought", java.util.Comparator.comparing(RankingLine::amountSought, java.util.Comparator.nullsLast(
                    java.util.Comparator.<BigDecimal>reverseOrder())).thenComparingInt(RankingLine::rank),
            "bid", java.util.Comparator.comparing((RankingLine l) -> l.title() == null ? l.bidId() : l.title(),
                    String.CASE_INSENSITIVE_ORDER).thenComparingInt(RankingLine::rank));

    /** A ranked bid, and whether it is within the budget in words: a part-funded marginal bid is, in part. */
    public record Row(RankingLine line, String withinBudget) {
    }

    static RankingView of(Round round, Ranking ranking, Decisions decisions, BigDecimal minimumQualityScore,
            DecisionForm form, List<FieldError> errors, ServiceProblem problem, String done, Pages pages) {
        List<RankingLine> lines = ranking.lines().subList(0, Math.min(CHARTED, ranking.lines().size()));
        RankingChart chart = new RankingChart(
                lines.stream().map(l -> "#" + l.rank() + " " + abbreviate(l.title() == null ? l.bidId() : l.title())).toList(),
                lines.stream().map(RankingLine::amountSought).toList(),
                lines.stream().map(RankingLine::cumulativeAmountSought).toList(),
                lines.stream().map(RankingLine::withinBudget).toList(), ranking.budget());
        String sort = pages.sort() != null && SORTS.containsKey(pages.sort()) ? pages.sort() : "rank";
        List<Row> rows = ranking.lines().stream().sorted(SORTS.get(sort)).map(l -> new Row(l, withinBudget(l, decisions)))
                .toList();
        Paged<Row> rowPage = Paged.of(rows, pages.rows(), "page", "&sort=" + sort
                + (pages.lines() == null ? "" : "&lines=" + pages.lines()));
        Paged<Decisions.DecisionLine> linePage = Paged.of(decisions == null ? List.of() : decisions.lines(), pages.lines(),
                "lines", "&sort=" + sort + (pages.rows() == null ? "" : "&page=" + pages.rows()));
        return new RankingView(round, ranking, rowPage, sort, linePage, decisions, Charts.json(chart),
                ranking.lines().size() > CHARTED, minimumQualityScore,
                form == null ? DecisionForm.remembered(decisions) : form, errors == null ? List.of() : errors, problem, done);
    }

    /** Which page of each table, and the ranking's order, as the address asks (page numbers only, checked). */
    record Pages(String rows, String lines, String sort) {

        static final Pages FIRST = new Pages(null, null, null);
    }

    /** The value of aria-sort for a column of the ranking: the order it is in, if it is this one. */
    public String ariaSort(String column) {
        return column.equals(sort) ? (column.equals("rank") || column.equals("bid") ? "ascending" : "descending") : "none";
    }

    private static String withinBudget(RankingLine line, Decisions decisions) {
        Decisions.DecisionLine decided = decisions == null ? null : decisions.line(line.bidId());
        if (decided != null && "PART_FUNDED".equals(decided.outcome())) {
            return "In part: " + Formats.pounds(decided.amountAwarded()) + " of " + Formats.pounds(line.amountSought());
        }
        return line.withinBudget() ? "Yes" : "No";
    }

    /** Whether bids are unscored, or flagged and not moderated: allocating then needs a reason. */
    public boolean notReady() {
        return ranking.notReady();
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || problem != null;
    }

    /** The error for a field of the form, or null. */
    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    /** Whether the draft may be discarded: there is one, and none of it is published. */
    public boolean discardable() {
        return decisions != null && !"PUBLISHED".equals(decisions.status());
    }

    /** The chart's data: bids in rank order by amount sought, the cumulative amount, and the budget as the funding line. */
    public record RankingChart(List<String> labels, List<BigDecimal> sought, List<BigDecimal> cumulative,
            List<Boolean> withinBudget, BigDecimal budget) {
    }

    private static String abbreviate(String title) {
        return title == null || title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }
}
