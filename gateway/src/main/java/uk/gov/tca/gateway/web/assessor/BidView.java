package uk.gov.tca.gateway.web.assessor;

import java.util.List;
import uk.gov.tca.gateway.web.services.bid.Appraisal;
import uk.gov.tca.gateway.web.services.bid.Bid;

/**
 * The bid page: the bid as written, its answers under the round's questions, its cost and benefit lines, and its
 * appraisal with the chart's data (none when there is nothing to appraise).
 */
public record BidView(Bid bid, List<Answer> answers, List<LineView> costLines, List<LineView> benefitLines,
        Appraisal appraisal, String chart) {

    /** An answer under the question the round asked; a question the round no longer has shows its code. */
    public record Answer(String question, String answer) {
    }
}
