package uk.gov.tca.scoring.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.edge.problem.ProblemType;
import uk.gov.tca.platform.audit.Audited;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.problem.Problems;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;

/** How the bids of one round are scored: criteria and weights, the scale, and when scores need moderating. */
@Entity
public class Scheme extends Audited {

    @Id
    public String id;

    @Column(name = "round_id", nullable = false, unique = true)
    public String roundId;

    /** The funder whose round it scores, as the bid-service says; its programme managers alone run the round here. */
    @Column(name = "funder_organisation_id", nullable = false, updatable = false)
    public String funderOrganisationId;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Criterion> criteria = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ScoreScale scale;

    @Column(name = "justification_min_length", nullable = false)
    public int justificationMinLength;

    @Column(name = "confidence_enabled", nullable = false)
    public boolean confidenceEnabled;

    @Column(name = "assessors_per_bid", nullable = false)
    public int assessorsPerBid;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ModerationThreshold moderation;

    /** The final score below which no bid is funded; null: none. */
    @Column(name = "minimum_quality_score")
    public BigDecimal minimumQualityScore;

    /** Whether the caller is a programme manager of the funder whose round this scheme scores. */
    public boolean runBy(Caller caller) {
        return caller.is(Roles.PROGRAMME_MANAGER) && caller.organisation() != null
                && caller.organisation().equals(funderOrganisationId);
    }

    public static Optional<Scheme> forRound(String roundId) {
        return find("roundId", roundId).firstResultOptional();
    }

    /** The scheme of a round, or 404: what is asked of a round without a scheme does not exist yet. */
    /**
     * The scheme an action in a round needs (assigning, scoring, moderating, ranking): a round without one yet is a
     * 409 {@code no-scheme} — the round exists, it is not ready — wherever it is asked. Reading the scheme itself
     * ({@code GET /schemes?round=}) finds nothing: that is a 404.
     */
    public static Scheme requiredFor(String roundId, String why) {
        return forRound(roundId).orElseThrow(() -> new ProblemException(Problems.of(ProblemType.NO_SCHEME,
                "round " + roundId + " has no scheme yet" + (why == null ? "" : ": " + why))));
    }

    /** Each criterion's weight by its code, for the criteria list it was worked out from (ranking asks 60 000 times). */
    @Transient
    private Map<String, BigDecimal> weights;

    @Transient
    private List<Criterion> weightsOf;

    /** The weight of a criterion of this scheme, or null for a code that is not one. */
    public BigDecimal weight(String code) {
        if (weightsOf != criteria) {
            Map<String, BigDecimal> byCode = new HashMap<>();
            criteria.forEach(c -> byCode.put(c.code(), c.weight()));
            weights = byCode;
            weightsOf = criteria;
        }
        return weights.get(code);
    }

    /** The criteria's codes, in the scheme's order. */
    public List<String> codes() {
        return criteria.stream().map(Criterion::code).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The scheme as it stands, for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("roundId", roundId);
        state.put("name", name);
        state.put("criteria", criteria);
        state.put("scale", scale);
        state.put("justificationMinLength", justificationMinLength);
        state.put("confidenceEnabled", confidenceEnabled);
        state.put("assessorsPerBid", assessorsPerBid);
        state.put("moderation", moderation);
        state.put("minimumQualityScore", minimumQualityScore);
        return state;
    }
}
