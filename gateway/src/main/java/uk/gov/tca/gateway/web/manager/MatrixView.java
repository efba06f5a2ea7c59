package uk.gov.tca.gateway.web.manager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Assignment;
import uk.gov.tca.gateway.web.services.scoring.AutoAssignment;
import uk.gov.tca.gateway.web.services.scoring.Conflict;

/**
 * The assignment matrix: a row for each bid in assessment, a cell for each assessor with the assignment's status
 * and any conflict of interest with why, and what assigning automatically just made.
 */
public record MatrixView(Round round, List<String> assessors, List<Row> rows, ServiceProblem problem, AutoAssignment auto) {

    public record Row(String id, String title, List<Cell> cells) {
    }

    /** One assessor against one bid: the latest assignment's status (none if never assigned) and the conflicts. */
    public record Cell(String assessor, String status, List<String> conflicts) {
    }

    static Row row(Bid bid, List<String> assessors, List<Assignment> assignments, List<Conflict> conflictsOnBid) {
        Map<String, List<String>> conflicts = new LinkedHashMap<>();
        for (Conflict c : conflictsOnBid) {
            conflicts.computeIfAbsent(c.assessor(), k -> new ArrayList<>())
                    .add(c.explanation() + (c.dispensed() ? " (dispensation in force)" : ""));
        }
        List<Cell> cells = new ArrayList<>();
        for (String assessor : assessors) {
            String status = assignments.stream()
                    .filter(a -> bid.id().equals(a.bidId()) && assessor.equals(a.assessor()))
                    .map(Assignment::status).reduce((first, later) -> later).orElse(null);
            cells.add(new Cell(assessor, status, conflicts.getOrDefault(assessor, List.of())));
        }
        return new Row(bid.id(), bid.title() == null ? bid.id() : bid.title(), cells);
    }
}
