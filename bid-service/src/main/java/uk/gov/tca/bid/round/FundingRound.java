package uk.gov.tca.bid.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.audit.Audited;

/**
 * A funding round: when it takes bids, its budget, the awards it offers and the questions it asks. Nothing
 * about TCA 2013/14 is built in: a round is data.
 */
@Entity
@Table(name = "funding_round")
public class FundingRound extends Audited {

    @Id
    public String id;

    @Column(nullable = false)
    public String programme;

    @Column(nullable = false)
    public String name;

    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(nullable = false)
    public BigDecimal budget;

    /** The organisation on the register that runs the round: never a participant of a bid in it. */
    @Column(name = "funder_organisation_id", nullable = false)
    public String funderOrganisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "award_types", nullable = false)
    public List<AwardType> awardTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_years", nullable = false)
    public List<String> eligibleYears = new ArrayList<>();

    /** The years as spelt, in eligibleYears' order; null when every one was spelt the normal way. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_years_as_written")
    public List<String> eligibleYearsAsWritten;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Prompt> prompts = new ArrayList<>();

    @Column(name = "cost_benefit_required", nullable = false)
    public boolean costBenefitRequired;

    /** Green Book real discount rate: 3.5% unless the round says otherwise. */
    @Column(name = "discount_rate", nullable = false)
    public BigDecimal discountRate;

    @Column(name = "optimism_bias_costs", nullable = false)
    public BigDecimal optimismBiasCosts;

    @Column(name = "optimism_bias_benefits", nullable = false)
    public BigDecimal optimismBiasBenefits;


    public boolean isOpenAt(Instant when) {
        return !when.isBefore(opensAt) && when.isBefore(closesAt);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>(Map.of("id", id, "name", name, "opensAt",
                opensAt.toString(), "closesAt", closesAt.toString(), "budget", budget.toPlainString(), "awardTypes",
                awardTypes, "eligibleYears", eligibleYears, "version", version));
        state.put("funderOrganisationId", funderOrganisationId);
        return state;
    }
}
