package uk.gov.tca.scoring.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.sql.Array;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.audit.Audited;

/** One assessor's scores for one bid: a draft they may change, then submitted and never changed again. */
@Entity
public class Assessment extends Audited {

    /** EXCLUDED: submitted, then found conflicted; kept with the reason, and counted in no moderation or ranking. */
    @Schema(name = "AssessmentStatus", description = "Where an assessment stands. DRAFT: the assessor may still change "
            + "it; SUBMITTED: complete and never changed again, counted in moderation and ranking; EXCLUDED: submitted, "
            + "then found conflicted, kept with the reason but counted nowhere")
    public enum Status { DRAFT, SUBMITTED, EXCLUDED }

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

    @Column(name = "exclusion_reason")
    public String exclusionReason;

    @Column(name = "excluded_at")
    public Instant excludedAt;

    /** Takes a submitted assessment out of moderation and ranking for a conflict that came to light afterwards. */
    public void exclude(String reason, String actor, Instant now) {
        status = Status.EXCLUDED;
        exclusionReason = reason;
        excludedAt = now;
        changedBy(actor, now);
    }

    public static Optional<Assessment> ofAssignment(String assignmentId) {
        return find("assignmentId", assignmentId).firstResultOptional();
    }

    /** {@link #scores}' criteria and whole-number scores again, in the same order, for reading a round's quickly. */
    @Column(name = "scored_criteria", nullable = false)
    String[] scoredCriteria = {};

    @Column(name = "scored_points", nullable = false)
    Integer[] scoredPoints = {};

    /** The score arrays follow the scores whatever changed them: they are written together or not at all. */
    @PrePersist
    @PreUpdate
    void keepScoresInStep() {
        scoredCriteria = scores.stream().map(CriterionScore::criterion).toArray(String[]::new);
        scoredPoints = scores.stream().map(CriterionScore::score).toArray(Integer[]::new);
    }

    public static List<Assessment> submitted(String bidId) {
        return list("bidId = ?1 and status = ?2 order by submittedAt, id", bidId, Status.SUBMITTED);
    }

    /**
     * A round's submitted assessments by bid, for scoring statistics: each bid's in the order {@link #submitted}
     * gives, each holding only its criteria and scores (not the justifications), as detached values.
     * {@code criteria} are the scheme's codes in its order, what most assessments score (see below).
     */
    public static Map<String, List<Assessment>> submittedInRound(String roundId, List<String> criteria) {
        Map<String, List<Assessment>> byBid = new LinkedHashMap<>();
        eachBidInRound(roundId, criteria, byBid::put);
        return byBid;
    }

    /**
     * The same, one bid at a time, for a caller that keeps only what it works out of them: ranking 10 000 bids
     * holding 30 000 assessments at once spent a third of its time copying them from one heap generation to the
     * next. They come from the score arrays over plain JDBC: the JSON's justifications cost more than the ranking.
     * An assessment that scored the scheme's criteria in the scheme's order (most do) does not send them back:
     * decoding six codes per assessment was a sixth of ranking a round.
     */
    public static void eachBidInRound(String roundId, List<String> criteria,
            BiConsumer<String, List<Assessment>> bid) {
        String[] inSchemeOrder = criteria.toArray(String[]::new);
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var query = connection.prepareStatement("""
                    SELECT id, bid_id, assessor,
                           CASE WHEN scored_criteria = ? THEN NULL ELSE scored_criteria END, scored_points
                      FROM assessment
                     WHERE round_id = ? AND status = 'SUBMITTED'
                     ORDER BY bid_id, submitted_at, id""")) {
                query.setArray(1, connection.createArrayOf("text", inSchemeOrder));
                query.setString(2, roundId);
                query.setFetchSize(1000); // a cursor, when in a transaction: rows a batch at a time
                try (var rows = query.executeQuery()) {
                    List<Assessment> ofBid = new ArrayList<>(4);
                    while (rows.next()) {
                        Assessment a = new Assessment();
                        a.id = rows.getString(1);
                        a.bidId = rows.getString(2);
                        a.assessor = rows.getString(3);
                        a.roundId = roundId;
                        a.status = Status.SUBMITTED;
                        Array scored = rows.getArray(4);
                        String[] codes = scored == null ? inSchemeOrder : (String[]) scored.getArray();
                        Integer[] points = (Integer[]) rows.getArray(5).getArray();
                        a.scores = new ArrayList<>(codes.length);
                        for (int i = 0; i < codes.length; i++) {
                            a.scores.add(new CriterionScore(codes[i], points[i], null, null, null, null));
                        }
                        if (!ofBid.isEmpty() && !ofBid.get(0).bidId.equals(a.bidId)) {
                            bid.accept(ofBid.get(0).bidId, ofBid);
                            ofBid = new ArrayList<>(4);
                        }
                        ofBid.add(a);
                    }
                    if (!ofBid.isEmpty()) {
                        bid.accept(ofBid.get(0).bidId, ofBid);
                    }
                }
            }
        });
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("bidId", bidId);
        state.put("assessor", assessor);
        state.put("status", status);
        state.put("scores", scores);
        if (exclusionReason != null) {
            state.put("exclusionReason", exclusionReason);
        }
        return state;
    }
}
