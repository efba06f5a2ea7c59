package uk.gov.tca.scoring.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderated score for one criterion of one bid, with why; the latest for a criterion is the one that counts. */
@Entity
@Schema(name = "Moderation", description = "A moderated score a programme manager recorded for one criterion of one "
        + "bid, with why; the latest for a criterion is the one that counts, and the assessors' scores stay as submitted")
public class Moderation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Schema(description = "The moderation's number, rising in the order they were recorded", example = "1")
    public Long id;

    @Column(name = "bid_id", nullable = false)
    @Schema(description = "The bid, by its id in the bid-service", example = "bid-3f6d2a80-1c4e-4b7a-9e15-8d0c7b2a4f61")
    public String bidId;

    @Column(nullable = false)
    @Schema(description = "The criterion's code", example = "collaboration")
    public String criterion;

    @Column(nullable = false)
    @Schema(description = "The moderated score, on the scheme's scale", example = "4")
    public int score;

    @Column(nullable = false)
    @Schema(description = "Why the score was moderated", example = "Panel: the shared workforce is collaboration in practice")
    public String reason;

    @Column(name = "moderated_at", nullable = false)
    @Schema(description = "When it was recorded (UTC)", example = "2014-01-15T15:40:00Z")
    public Instant moderatedAt;

    @Column(name = "moderated_by", nullable = false)
    @Schema(description = "The programme manager who recorded it", example = "manager.dclg")
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
