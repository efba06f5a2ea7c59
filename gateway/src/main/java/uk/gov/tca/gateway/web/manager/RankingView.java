package uk.gov.tca.gateway.web.manager;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.tca.gateway.web.Charts;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.Formats;
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
public record RankingView(Round round, Ranking ranking, List<Row> rows, Decisions decisions, String chart,
        BigDecimal minimumQualityScore, DecisionForm form, List<FieldError> errors, ServiceProblem problem, String done) {

    /** A ranked bid, and whether it is within the budget in words: a part-funded marginal bid is, in part. */
    public record Row(RankingLine line, String withinBudget) {
    }

    static RankingView of(Round round, Ranking ranking, Decisions decisions, BigDecimal minimumQualityScore,
            DecisionForm form, List<FieldError> errors, ServiceProblem problem, String done) {
        List<RankingLine> lines = ranking.lines();
        RankingChart chart = new RankingChart(
                lines.stream().map(l -> "#" + l.rank() + " " + abbreviate(l.title() == null ? l.bidId() : l.title())).toList(),
                lines.stream().map(RankingLine::amountSought).toList(),
                lines.stream().map(RankingLine::cumulativeAmountSought).toList(),
                lines.stream().map(RankingLine::withinBudget).toList(), ranking.budget());
        List<Row> rows = lines.stream().map(l -> new Row(l, withinBudget(l, decisions))).toList();
        return new RankingView(round, ranking, rows, decisions, Charts.json(chart), minimumQualityScore,
                form == null ? DecisionForm.remembered(decisions) : form, errors == null ? List.of() : errors, problem, done);
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
        return !ranking.unscored().isEmpty() || ranking.flaggedUnmoderated() > 0;
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
