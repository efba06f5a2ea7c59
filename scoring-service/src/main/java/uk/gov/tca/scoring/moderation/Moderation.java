package uk.gov.tca.scoring.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;

/** A moderated score for one criterion of one bid, with why; the latest for a criterion is the one that counts. */
@Entity
public class Moderation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bid_id", nullable = false)
    public String bidId;

    @Column(nullable = false)
    public String criterion;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public String reason;

    @Column(name = "moderated_at", nullable = false)
    public Instant moderatedAt;

    @Column(name = "moderated_by", nullable = false)
    public String moderatedBy;

    public static List<Moderation> of(String bidId) {
        return list("bidId = ?1 order by id", bidId);
    }

    /** A round's moderations by bid, each bid's in the order {@link #of} gives: one query, not one a bid. */
    public static java.util.Map<String, List<Moderation>> ofRound(String roundId) {
        return Moderation.<Moderation>list("bidId in (select b.bidId from BidInRound b where b.roundId = ?1) order by id",
                roundId).stream().collect(java.util.stream.Collectors.groupingBy(m -> m.bidId));
    }
}
