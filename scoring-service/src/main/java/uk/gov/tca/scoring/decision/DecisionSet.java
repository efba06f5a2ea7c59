package uk.gov.tca.scoring.decision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.audit.Audited;

/** A round's funding decisions: allocated as a draft, overridden line by line, then published to the bid-service. */
@Entity
@Table(name = "decision_set")
public class DecisionSet extends Audited {

    @Schema(name = "DecisionStatus", description = "DRAFT: allocated, open to overrides and to allocating again; "
            + "PUBLISHED: recorded in the bid-service, final")
    public enum Status { DRAFT, PUBLISHED }

    @Schema(name = "DecisionPolicy", description = "The rule the allocation followed")
    public record Policy(
            AllocationPolicy.Mode mode,
            @Schema(description = "Least share of its amount sought a marginal bid was part-funded with",
                    example = "0.5") BigDecimal minimumShare,
            @Schema(description = "How many bids beyond the budget were held in reserve; absent: all", example = "3")
            Integer reserveListSize,
            @Schema(description = "The scheme's minimum quality score the allocation applied; absent: none",
                    example = "2") BigDecimal minimumQualityScore,
            @Schema(description = "Why the manager allocated although bids were unscored, or flagged and not "
                    + "moderated; absent when every bid was ready",
                    example = "Panel meets tomorrow: a draft to discuss, the two late bids to be scored by then")
            String notReadyReason,
            @Schema(description = "The bids not yet ready when it was allocated: unscored, or flagged and not moderated; "
                    + "absent or empty when all were") java.util.List<String> notReady,
            @Schema(description = "What the manager noted with the decisions (the panel's minute, say); absent: none",
                    example = "Panel of 20 January 2014, minute 4") String note,
            @Schema(description = "True when the decisions are a demonstration's, not real awards: each published "
                    + "decision's reason then starts \"Demonstration: \" and each grant of the 360Giving file carries "
                    + "the classification DEMONSTRATION; absent otherwise") Boolean demonstration) {

        public Policy(AllocationPolicy.Mode mode, BigDecimal minimumShare, Integer reserveListSize) {
            this(mode, minimumShare, reserveListSize, null, null, null, null, null);
        }

        /** Whether what is published from these decisions must say they are made up. */
        public boolean isDemonstration() {
            return Boolean.TRUE.equals(demonstration);
        }
    }

    @Id
    @Column(name = "round_id")
    public String roundId;

    @Column(nullable = false)
    public BigDecimal budget;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Policy policy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DecisionLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "published_at")
    public Instant publishedAt;

    public BigDecimal totalAwarded() {
        return lines.stream().map(DecisionLine::amountAwarded).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("budget", budget);
        state.put("policy", policy);
        state.put("lines", lines);
        state.put("status", status);
        return state;
    }
}
