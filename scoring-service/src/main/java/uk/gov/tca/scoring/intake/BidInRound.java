package uk.gov.tca.scoring.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bid as the bid-service's change feed has described it: what assigning, conflicts and ranking need. */
@Entity
@Table(name = "bid_in_round")
public class BidInRound extends PanacheEntityBase {

    /** Where a bid stands for scoring. */
    @Schema(name = "BidInRoundStatus")
    public enum Status {
        /** Submitted (or in assessment): assessors may be given it. */
        OPEN,
        /** Withdrawn by its council or returned to draft: out of assessment. */
        WITHDRAWN,
        DECIDED
    }

    @Id
    @Column(name = "bid_id")
    public String bidId;

    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Column(nullable = false)
    public String title;

    @Column(name = "lead_organisation_id")
    public String leadOrganisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> organisations = new ArrayList<>();

    @Column(name = "amount_sought")
    public BigDecimal amountSought;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The feed position of the last event taken in ("" when a reconciliation took the bid in). */
    @Column(name = "last_event_cursor", nullable = false)
    public String lastEventCursor;

    /** The version of the bid this row reflects; only a newer one replaces it. */
    @Column(name = "bid_version")
    public Long bidVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<BidInRound> open(String roundId) {
        return list("roundId = ?1 and status = ?2 order by submittedAt, bidId", roundId, Status.OPEN);
    }
}
