package uk.gov.tca.bid.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.tca.bid.money.FinancialYear;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;

/** Runs funding rounds: programme managers open them, everyone reads them. */
@ApplicationScoped
@Transactional
public class RoundService {

    /**
     * What a programme manager proposes for a round. The funder is the organisation that runs it: the manager's own
     * (its token's {@code org}), never a field of the request.
     */
    public record RoundDraft(String id, String programme, String name, Instant opensAt, Instant closesAt,
            RoundBudget budget, List<AwardType> awardTypes, List<String> eligibleYears, List<Prompt> prompts,
            boolean costBenefitRequired, BigDecimal discountRate, BigDecimal optimismBiasCosts,
            BigDecimal optimismBiasBenefits, String funderOrganisationId, boolean awardsOptional,
            List<ApprovalRoute> approvalRoutes, boolean fundersOwnServices) {

        public RoundDraft {
            approvalRoutes = approvalRoutes == null ? List.of() : List.copyOf(approvalRoutes);
        }
    }

    private final EntityManager em;
    private final AuditLog audit;
    private final Clock clock;

    public RoundService(EntityManager em, AuditLog audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingRound get(String id) {
        FundingRound round = FundingRound.findById(id);
        if (round == null) {
            throw ProblemException.notFound("Round " + id);
        }
        return round;
    }

    /** The round as the caller may read it: another funder's is, to its staff, a round that does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingRound get(Caller caller, String id) {
        FundingRound round = FundingRound.findById(id);
        if (round == null || !RoundAccess.canRead(caller, round)) {
            throw ProblemException.notFound("Round " + id);
        }
        return round;
    }

    /** The round, or null when there is none (for a request naming a round in its body: a 400, not a 404). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingRound find(String id) {
        return id == null ? null : FundingRound.findById(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<FundingRound> list(Caller caller, Instant updatedSince, Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!RoundAccess.readsEveryRound(caller)) {
            // a funder's staff see its own rounds; with no organisation named, none
            where.append(" and funderOrganisationId = :funder");
            params.put("funder", caller.organisation() == null ? "" : caller.organisation());
        }
        // a sync reads forward, oldest change first; otherwise the latest round first
        String order = " order by opensAt desc nulls last, id";
        if (updatedSince != null) {
            where.append(" and updatedAt >= :since");
            params.put("since", updatedSince);
            order = " order by updatedAt, id";
        }
        return PageResult.of(FundingRound.<FundingRound>find(where + order, params), paging);
    }

    public FundingRound create(RoundDraft draft, String actor) {
        check(draft);
        if (FundingRound.findById(draft.id()) != null) {
            throw ProblemException.conflict("Round " + draft.id() + " already exists");
        }
        FundingRound round = new FundingRound();
        round.id = draft.id();
        round.funderOrganisationId = draft.funderOrganisationId();
        Instant now = Instant.now(clock);
        round.createdAt = now;
        round.createdBy = actor;
        apply(round, draft, now, actor);
        round.persist();
        em.flush();
        audit.record(actor, "ROUND_CREATED", "round", round.id, null, round.snapshot());
        return round;
    }

    public FundingRound update(Caller caller, String id, String ifMatch, RoundDraft draft) {
        String actor = caller.name();
        FundingRound round = get(caller, id);
        requireRuns(caller, round);
        ETags.requireMatch(ifMatch, round.version);
        check(draft);
        if (draft.fundersOwnServices() != round.fundersOwnServices) {
            // a submission holds its round shared until it commits (holdForSubmission): taking it exclusively waits
            // for any under way and keeps new ones out until this change commits, so the count below is the true one
            em.lock(round, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (submittedBidsIn(id) > 0) {
                // who may assess whom follows from it: once bids are in, assessors may have been cleared on its word
                throw ProblemException.conflict("bids have been submitted to round " + id + ": whether it is its "
                        + "funder's own programme (fundersOwnServices) is fixed from the first submission, as assessors' "
                        + "conflicts are judged by it");
            }
        }
        Map<String, Object> before = round.snapshot();
        apply(round, draft, Instant.now(clock), actor);
        em.flush();
        audit.record(actor, "ROUND_UPDATED", "round", id, before, round.snapshot());
        return round;
    }

    /** A bid entering the round holds it shared: submissions go side by side, a change of its terms waits for them. */
    public void holdForSubmission(FundingRound round) {
        em.lock(round, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
    }

    private long submittedBidsIn(String roundId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM bid WHERE round_id = ?1 AND status <> 'DRAFT'")
                .setParameter(1, roundId).getSingleResult()).longValue();
    }

    /** Only the round's funder's programme managers change it (one who only reads it, as a bidder, is told so). */
    public static void requireRuns(Caller caller, FundingRound round) {
        if (!RoundAccess.runs(caller, round.funderOrganisationId)) {
            throw ProblemException.forbidden("round " + round.id + " is run by " + round.funderOrganisationId
                    + "; only its own programme managers change it");
        }
    }

    private static void check(RoundDraft draft) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (draft.opensAt() != null && draft.closesAt() != null && !draft.closesAt().isAfter(draft.opensAt())) {
            violations.add(new Problem.Violation("closesAt", "must be after opensAt"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < draft.awardTypes().size(); i++) {
            if (!codes.add(draft.awardTypes().get(i).code())) {
                violations.add(new Problem.Violation("awardTypes[" + i + "].code", "repeats another award type's code"));
            }
        }
        Set<String> prompts = new HashSet<>();
        for (int i = 0; i < draft.prompts().size(); i++) {
            if (!prompts.add(draft.prompts().get(i).code())) {
                violations.add(new Problem.Violation("prompts[" + i + "].code", "repeats another prompt's code"));
            }
        }
        RoundBudget.check("budgetQualifier", draft.budget().qualifier(), violations);
        ApprovalRoute.check(draft.approvalRoutes(), violations);
        for (int i = 0; i < draft.awardTypes().size(); i++) {
            AwardType award = draft.awardTypes().get(i);
            RoundBudget.check("awardTypes[" + i + "].capQualifier", award.capQualifier(), violations);
            if (award.cap() == null && (award.capAsWritten() != null || award.capQualifier() != null)) {
                violations.add(new Problem.Violation("awardTypes[" + i + "].cap", "is required with capAsWritten or "
                        + "capQualifier: the words are kept beside a figure, not instead of one"));
            }
        }
        for (int i = 0; i < draft.eligibleYears().size(); i++) {
            if (FinancialYear.parse(draft.eligibleYears().get(i)).isEmpty()) {
                violations.add(new Problem.Violation("eligibleYears[" + i + "]", FinancialYear.EXPECTED));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void apply(FundingRound round, RoundDraft draft, Instant now, String actor) {
        round.programme = draft.programme();
        round.name = draft.name();
        round.opensAt = draft.opensAt();
        round.closesAt = draft.closesAt();
        round.budget = draft.budget().amount();
        round.budgetAsWritten = draft.budget().asWritten();
        round.budgetQualifier = draft.budget().qualifier();
        round.awardTypes = new ArrayList<>(draft.awardTypes());
        round.eligibleYears = new ArrayList<>(draft.eligibleYears().stream().map(FinancialYear::normalise).toList());
        round.eligibleYearsAsWritten = round.eligibleYears.equals(draft.eligibleYears()) ? null
                : new ArrayList<>(draft.eligibleYears());
        round.prompts = new ArrayList<>(draft.prompts());
        round.costBenefitRequired = draft.costBenefitRequired();
        round.awardsOptional = draft.awardsOptional();
        round.discountRate = draft.discountRate();
        round.optimismBiasCosts = draft.optimismBiasCosts();
        round.optimismBiasBenefits = draft.optimismBiasBenefits();
        round.approvalRoutes = new ArrayList<>(draft.approvalRoutes());
        round.fundersOwnServices = draft.fundersOwnServices();
        round.updatedAt = now;
        round.updatedBy = actor;
    }
}
