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

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bidId", bidId);
        state.put("assessor", assessor);
        state.put("status", status);
        state.put("scores", scores);
        return state;
    }
}
