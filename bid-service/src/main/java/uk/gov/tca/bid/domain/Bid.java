package uk.gov.tca.bid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.platform.audit.Audited;

/** A bid to a round: who takes part and how, what it will do, what it costs and saves, where it stands. */
@Entity
@Table(name = "bid")
public class Bid extends Audited {

    @Id
    public String id;

    @Column(name = "round_id", nullable = false)
    public String roundId;

    @Column(nullable = false)
    public String title;

    @Column(name = "lead_organisation_id", nullable = false)
    public String leadOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BidStatus status;

    @Column(name = "award_type")
    public String awardType;

    @Column(name = "fallback_award_type")
    public String fallbackAwardType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "amount_sought")
    public Money amountSought;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fallback_amount")
    public Money fallbackAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Participant> participants = new ArrayList<>();

    /** Answers to the round's prompts, by prompt code. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> narrative = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cost_lines", nullable = false)
    public List<CostLine> costLines = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "benefit_lines", nullable = false)
    public List<BenefitLine> benefitLines = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Resolution> resolutions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Contact> contacts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Attachment> attachments = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "declared_metrics", nullable = false)
    public List<DeclaredMetric> declaredMetrics = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "declared_scenarios", nullable = false)
    public List<DeclaredScenario> declaredScenarios = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "declared_totals", nullable = false)
    public List<DeclaredTotal> declaredTotals = new ArrayList<>();

    /** The date the bid bears ("12 July 2013"); resolutions after it can only have been planned. */
    public java.time.LocalDate dated;

    @JdbcTypeCode(SqlTypes.JSON)
    public Decision decision;

    @Column(name = "submitted_at")
    public Instant submittedAt;


    /** Every organisation named in the bid: the lead, the participants and those bid on behalf of. */
    public Set<String> organisations() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(leadOrganisationId);
        for (Participant p : participants) {
            ids.add(p.organisationId());
            if (p.onBehalfOf() != null) {
                ids.add(p.onBehalfOf());
            }
        }
        return ids;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id);
        state.put("roundId", roundId);
        state.put("title", title);
        state.put("status", status);
        state.put("leadOrganisationId", leadOrganisationId);
        state.put("awardType", awardType);
        state.put("amountSought", amountSought);
        state.put("participants", participants);
        state.put("narrative", narrative);
        state.put("costLines", costLines);
        state.put("benefitLines", benefitLines);
        state.put("resolutions", resolutions);
        state.put("contacts", contacts);
        state.put("attachments", attachments);
        state.put("declaredMetrics", declaredMetrics);
        state.put("declaredScenarios", declaredScenarios);
        state.put("declaredTotals", declaredTotals);
        state.put("dated", dated == null ? null : dated.toString());
        state.put("decision", decision);
        state.put("version", version);
        return state;
    }
}
