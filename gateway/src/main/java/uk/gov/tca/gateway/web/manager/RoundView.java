package uk.gov.tca.gateway.web.manager;

import java.util.List;
import java.util.Map;
import uk.gov.tca.gateway.web.Charts;
import uk.gov.tca.gateway.web.services.bid.Round;

/**
 * A round's dashboard: the round, its bids counted by status (in the statuses' order), and the same for the chart;
 * and how far assessment has got: assignments offered, accepted and declined, assessments in draft and submitted.
 */
public record RoundView(Round round, Map<String, Long> counts, String chart, Map<String, Long> progress) {

    static RoundView of(Round round, Map<String, Long> counts, Map<String, Long> progress) {
        return new RoundView(round, counts, Charts.json(new StatusChart(
                counts.keySet().stream().map(s -> s.toLowerCase().replace('_', ' ')).toList(), List.copyOf(counts.values()))),
                progress);
    }

    /** The chart's data: a bar for each status. */
    public record StatusChart(List<String> labels, List<Long> values) {
    }
}
