package uk.gov.tca.bid.round;

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
import java.util.Map;
import java.util.LinkedHashMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.bid.money.MoneyQualifier;
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

    /** When the round starts taking bids; null: from the start (a fund open since before it was recorded). */
    @Column(name = "opens_at")
    public Instant opensAt;

    /** When the round stops taking bids; null: a rolling fund, with no closing date. */
    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(nullable = false)
    public BigDecimal budget;

    /** The budget as the programme wrote it ("nearly £20m"); null when written as the figure. */
    @Column(name = "budget_as_written")
    public String budgetAsWritten;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_qualifier", nullable = false)
    public MoneyQualifier budgetQualifier = MoneyQualifier.EXACT;

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

    /** Whether a bid may seek no award: a savings proposal, a cost-neutral case. */
    @Column(name = "awards_optional", nullable = false)
    public boolean awardsOptional;

    /**
     * A funder's own programme (a council's savings programme), whose proposals its own services write: the funder
     * leads and takes part in bids to it, and its officers assess them (FUNDER_TAKES_NO_PART does not apply).
     */
    @Column(name = "funders_own_services", nullable = false)
    public boolean fundersOwnServices;

    /** Who decides the round's bids by the amount at stake; empty: the scoring-service's publication decides. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "approval_routes", nullable = false)
    public List<ApprovalRoute> approvalRoutes = new ArrayList<>();

    /** Green Book real discount rate: 3.5% unless the round says otherwise. */
    @Column(name = "discount_rate", nullable = false)
    public BigDecimal discountRate;

    @Column(name = "optimism_bias_costs", nullable = false)
    public BigDecimal optimismBiasCosts;

    @Column(name = "optimism_bias_benefits", nullable = false)
    public BigDecimal optimismBiasBenefits;


    public boolean isOpenAt(Instant when) {
        return (opensAt == null || !when.isBefore(opensAt)) && (closesAt == null || when.isBefore(closesAt));
    }

    /** When the round takes bids, in words: "2013-06-01T00:00:00Z to 2013-07-13T00:00:00Z", "from …", "always". */
    public String window() {
        if (opensAt == null && closesAt == null) {
            return "always open";
        }
        if (closesAt == null) {
            return "from " + opensAt + ", with no closing date";
        }
        return opensAt == null ? "until " + closesAt : opensAt + " to " + closesAt;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>(Map.of("id", id, "name", name, "budget",
                budget.toPlainString(), "awardTypes", awardTypes, "eligibleYears", eligibleYears, "version", version));
        state.put("opensAt", opensAt == null ? null : opensAt.toString());
        state.put("closesAt", closesAt == null ? null : closesAt.toString());
        state.put("awardsOptional", awardsOptional);
        state.put("budgetAsWritten", budgetAsWritten);
        state.put("budgetQualifier", budgetQualifier.name());
        state.put("funderOrganisationId", funderOrganisationId);
        state.put("approvalRoutes", approvalRoutes);
        state.put("fundersOwnServices", fundersOwnServices);
        return state;
    }
}
