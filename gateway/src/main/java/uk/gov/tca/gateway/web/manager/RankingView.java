package uk.gov.tca.gateway.web.manager;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.tca.gateway.web.Charts;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Decisions;
import uk.gov.tca.gateway.web.services.scoring.Ranking;
import uk.gov.tca.gateway.web.services.scoring.Ranking.RankingLine;

/** The ranking against the budget as a table and a chart, the decisions if any (none before allocating), and a refusal. */
public record RankingView(Round round, Ranking ranking, Decisions decisions, String chart, ServiceProblem problem) {

    static RankingView of(Round round, Ranking ranking, Decisions decisions, ServiceProblem problem) {
        List<RankingLine> lines = ranking.lines();
        RankingChart chart = new RankingChart(
                lines.stream().map(l -> "#" + l.rank() + " " + abbreviate(l.title() == null ? l.bidId() : l.title())).toList(),
                lines.stream().map(RankingLine::amountSought).toList(),
                lines.stream().map(RankingLine::cumulativeAmountSought).toList(),
                lines.stream().map(RankingLine::withinBudget).toList(), ranking.budget());
        return new RankingView(round, ranking, decisions, Charts.json(chart), problem);
    }

    /** The chart's data: bids in rank order by amount sought, the cumulative amount, and the budget as the funding line. */
    public record RankingChart(List<String> labels, List<BigDecimal> sought, List<BigDecimal> cumulative,
            List<Boolean> withinBudget, BigDecimal budget) {
    }

    private static String abbreviate(String title) {
        return title == null || title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }
}
