package uk.gov.tca.gateway.web.manager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Assignment;
import uk.gov.tca.gateway.web.services.scoring.Conflict;

/**
 * The assignment matrix: a row for each bid in assessment, a cell for each assessor with the assignment's status
 * and any conflict of interest with why, how many more assessors each bid needs, and how many assignments assigning
 * automatically just made ({@code made}, from the redirect after it; null otherwise).
 */
public record MatrixView(Round round, List<String> assessors, List<Row> rows, ServiceProblem problem, Integer made,
        String done) {

    /** A bid's row; {@code missing}: how many more assessors the scheme asks for than are offered or working on it. */
    public record Row(String id, String title, List<Cell> cells, int missing) {
    }

    /** The bids still short of assessors. */
    public long shortOfAssessors() {
        return rows.stream().filter(r -> r.missing() > 0).count();
    }

    /**
     * One assessor against one bid: the latest assignment's status (none if never assigned), how far the assessor's
     * scores have got (a draft, submitted; none before scoring starts), the conflicts, and whether one still blocks.
     */
    public record Cell(String assessor, String status, String progress, List<String> conflicts, boolean blocked) {

        /** Whether the bid can be offered to the assessor: no live assignment (never, declined or revoked). */
        public boolean offerable() {
            return status == null || ENDED.contains(status);
        }

        /** What the cell says: the assignment's status, or how far the scores have got once accepted. */
        public String shown() {
            return progress != null && "ACCEPTED".equals(status) ? progress : status;
        }
    }

    /** Assignments that hold an assessor to the bid: offered, accepted, or done. */
    private static final java.util.Set<String> ENDED = java.util.Set.of("DECLINED", "REVOKED");

    static Row row(Bid bid, List<String> assessors, List<Assignment> assignments, List<Conflict> conflictsOnBid,
            int perBid, Map<String, String> progress) {
        Map<String, List<String>> conflicts = new LinkedHashMap<>();
        java.util.Set<String> blocked = new java.util.HashSet<>();
        for (Conflict c : conflictsOnBid) {
            conflicts.computeIfAbsent(c.assessor(), k -> new ArrayList<>())
                    .add(c.explanation() + (c.dispensed() ? " (dispensation in force)" : ""));
            if (!c.dispensed()) {
                blocked.add(c.assessor());
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (String assessor : assessors) {
            String status = assignments.stream()
                    .filter(a -> bid.id().equals(a.bidId()) && assessor.equals(a.assessor()))
                    .map(Assignment::status).reduce((first, later) -> later).orElse(null);
            cells.add(new Cell(assessor, status, progress.get(bid.id() + "|" + assessor),
                    conflicts.getOrDefault(assessor, List.of()), blocked.contains(assessor)));
        }
        long holding = cells.stream().filter(c -> c.status() != null && !ENDED.contains(c.status())).count();
        return new Row(bid.id(), bid.title() == null ? bid.id() : bid.title(), cells, (int) Math.max(0, perBid - holding));
    }
}
