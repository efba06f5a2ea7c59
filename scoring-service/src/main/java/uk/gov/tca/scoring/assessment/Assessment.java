package uk.gov.tca.scoring.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.audit.Audited;

/** One assessor's scores for one bid: a draft they may change, then submitted and never changed again. */
@Entity
public class Assessment extends Audited {

    public enum Status { DRAFT, SUBMITTED }

    @Id
    public String id;

    @Column(name = "assignment_id", nullable = false, unique = true)
    public String assignmentId;

    @Column(name = "bid_id", nullable = false)
    public String bidId;

    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Column(nullable = false)
    public String assessor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CriterionScore> scores = new ArrayList<>();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static List<Assessment> submitted(String bidId) {
        return list("bidId = ?1 and status = ?2 order by submittedAt, id", bidId, Status.SUBMITTED);
    }

    /**
     * A round's submitted assessments by bid, each bid's in the order {@link #submitted} gives: one query, not one a
     * bid, and only what scoring reads (bid, assessor, scores) as detached values — ranking 10 000 bids loads 30 000
     * of them, and managed entities cost far more than the scores themselves (deploy/bench step 5).
     */
    public static Map<String, List<Assessment>> submittedInRound(String roundId) {
        List<Object[]> rows = getEntityManager().createQuery("select a.id, a.bidId, a.assessor, a.scores from Assessment a"
                        + " where a.roundId = ?1 and a.status = ?2 order by a.bidId, a.submittedAt, a.id", Object[].class)
                .setParameter(1, roundId).setParameter(2, Status.SUBMITTED)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).getResultList();
        Map<String, List<Assessment>> byBid = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Assessment a = new Assessment();
            a.id = (String) row[0];
            a.bidId = (String) row[1];
            a.assessor = (String) row[2];
            @SuppressWarnings("unchecked")
            List<CriterionScore> scores = (List<CriterionScore>) row[3];
            a.scores = scores;
            a.roundId = roundId;
            a.status = Status.SUBMITTED;
            byBid.computeIfAbsent(a.bidId, k -> new java.util.ArrayList<>()).add(a);
        }
        return byBid;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bidId", bidId);
        state.put("assessor", assessor);
        state.put("status", status);
        state.put("scores", scores);
        return state;
    }
}
