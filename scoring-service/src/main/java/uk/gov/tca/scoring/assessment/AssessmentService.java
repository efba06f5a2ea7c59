package uk.gov.tca.scoring.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.persistence.Where;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.rules.RuleViolation;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.assignment.Assignment;
import uk.gov.tca.scoring.assignment.AssignmentService;
import uk.gov.tca.scoring.assignment.ConflictOfInterest;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.scheme.Criterion;
import uk.gov.tca.scoring.scheme.RoundFunders;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * Assessors' scoring: a draft on an accepted assignment, changed under If-Match, then submitted once and
 * kept as submitted. An assessor sees other assessors' scores for a bid only once its own are in.
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final BidServiceCalls bids;
    private final AssignmentService assignments;
    private final AuditLog audit;
    private final Clock clock;

    private final RoundFunders funders;

    public AssessmentService(BidServiceCalls bids, AssignmentService assignments, AuditLog audit, Clock clock,
            RoundFunders funders) {
        this.funders = funders;
        this.bids = bids;
        this.assignments = assignments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A conflict found on the way ends the assignment, and that ending is kept although the request is refused. */
    @Transactional(dontRollbackOn = ConflictOfInterest.class)
    public Assessment create(Caller caller, String assignmentId, List<CriterionScore> scores) {
        Assignment assignment = Assignment.findById(assignmentId);
        if (assignment == null || !assignment.assessor.equals(caller.name())) {
            throw ProblemException.invalid("assignmentId", "is not one of your assignments");
        }
        if (assignment.status != Assignment.Status.ACCEPTED) {
            throw ProblemException.conflict("the assignment is " + assignment.status + "; accept it before scoring");
        }
        if (Assessment.count("assignmentId", assignmentId) > 0) {
            throw ProblemException.conflict("this assignment has an assessment already; change that one");
        }
        Scheme scheme = scheme(assignment.roundId);
        require(ScoringRules.draft(scheme, scores));
        assignments.requireNoConflict(assignment, caller);
        Assessment a = new Assessment();
        a.id = UUID.randomUUID().toString();
        a.assignmentId = assignmentId;
        a.bidId = assignment.bidId;
        a.roundId = assignment.roundId;
        a.assessor = caller.name();
        a.status = Assessment.Status.DRAFT;
        a.scores = withSuggestions(scheme, scores, suggestions(scheme, assignment.bidId));
        a.createdBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "ASSESSMENT_DRAFTED", "assessment", a.id, null, a.snapshot());
        return a;
    }

    @Transactional(dontRollbackOn = ConflictOfInterest.class)
    public Assessment update(Caller caller, String id, String ifMatch, List<CriterionScore> scores) {
        Assessment a = own(caller, id);
        ETags.requireMatch(ifMatch, a.version);
        if (a.status != Assessment.Status.DRAFT) {
            throw ProblemException.conflict("a submitted assessment is never changed");
        }
        Assignment assignment = Assignment.findById(a.assignmentId);
        if (!assignment.live()) {
            throw ProblemException.conflict("the assignment is " + assignment.status + ": " + assignment.reason
                    + "; the draft is kept but can no longer be changed");
        }
        Scheme scheme = scheme(a.roundId);
        require(ScoringRules.draft(scheme, scores));
        assignments.requireNoConflict(assignment, caller);
        var before = a.snapshot();
        Map<String, Integer> suggested = a.scores.stream().filter(s -> s.suggestedScore() != null)
                .collect(Collectors.toMap(CriterionScore::criterion, CriterionScore::suggestedScore));
        a.scores = withSuggestions(scheme, scores, suggested);
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "ASSESSMENT_UPDATED", "assessment", a.id, before, a.snapshot());
        return a;
    }

    @Transactional(dontRollbackOn = ConflictOfInterest.class)
    public Assessment submit(Caller caller, String id) {
        Assessment a = own(caller, id);
        if (a.status != Assessment.Status.DRAFT) {
            throw ProblemException.conflict("this assessment was submitted already");
        }
        Assignment assignment = Assignment.findById(a.assignmentId);
        if (!assignment.live()) {
            throw ProblemException.conflict("the assignment is " + assignment.status + ": " + assignment.reason);
        }
        Scheme scheme = scheme(a.roundId);
        require(ScoringRules.submission(scheme, a.scores));
        // V9: an assessor with an interest in the bid does not score it, whenever the interest came to light
        assignments.requireNoConflict(assignment, caller);
        var before = a.snapshot();
        a.status = Assessment.Status.SUBMITTED;
        a.submittedAt = clock.instant();
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "ASSESSMENT_SUBMITTED", "assessment", a.id, before, a.snapshot());
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment get(Caller caller, String id) {
        Assessment a = Assessment.findById(id);
        if (a == null || !visible(caller, a)) {
            throw ProblemException.notFound("Assessment " + id);
        }
        funders.requireRuns(caller, a.roundId);
        return a;
    }

    /** The assessments the caller may see (see {@link #visible}), oldest first, one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Assessment> search(Caller caller, String bidId, String roundId, String assessor,
            Assessment.Status status, Paging paging) {
        Where where = funders.onlyRunBy(caller,
                Where.all().and("bidId", bidId).and("roundId", roundId).and("assessor", assessor).and("status", status));
        if (!caller.is(Roles.PROGRAMME_MANAGER)) {
            where.and("assessor = :me or status = :submitted and bidId in (select o.bidId from Assessment o "
                    + "where o.assessor = :me and o.status = :submitted)",
                    Map.of("me", caller.name(), "submitted", Assessment.Status.SUBMITTED));
        }
        var query = Assessment.<Assessment>find(where.query("createdAt, id"), where.params());
        return PageResult.of(query, paging);
    }

    /** Managers see all (of their funder's rounds, held to by the caller); an assessor its own, and others' submitted ones on a bid once its own is submitted. */
    private static boolean visible(Caller caller, Assessment a) {
        if (caller.is(Roles.PROGRAMME_MANAGER) || a.assessor.equals(caller.name())) {
            return true;
        }
        return caller.is(Roles.ASSESSOR) && a.status == Assessment.Status.SUBMITTED
                && Assessment.count("bidId = ?1 and assessor = ?2 and status = ?3", a.bidId, caller.name(),
                        Assessment.Status.SUBMITTED) > 0;
    }

    private static Assessment own(Caller caller, String id) {
        Assessment a = Assessment.findById(id);
        if (a == null || !a.assessor.equals(caller.name())) {
            throw ProblemException.notFound("Assessment " + id);
        }
        return a;
    }

    private static Scheme scheme(String roundId) {
        return Scheme.requiredFor(roundId, "its scheme says what is scored");
    }

    private static void require(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalidBy(violations);
        }
    }

    /** Scores suggested from the bid's appraisal, criterion by criterion; asked once, when scoring starts. */
    private Map<String, Integer> suggestions(Scheme scheme, String bidId) {
        if (scheme.criteria.stream().allMatch(c -> c.suggestFromBenefitCostRatio().isEmpty())) {
            return Map.of();
        }
        var bcr = bids.appraisal(bidId).map(a -> a.benefitCostRatio()).orElse(null);
        Map<String, Integer> suggested = new java.util.HashMap<>();
        for (Criterion c : scheme.criteria) {
            Integer s = ScoringRules.suggestion(c, bcr);
            if (s != null) {
                suggested.put(c.code(), s);
            }
        }
        return suggested;
    }

    /** The suggestion is the service's, not the client's: what was sent is replaced by what the appraisal gave. */
    private static List<CriterionScore> withSuggestions(Scheme scheme, List<CriterionScore> scores,
            Map<String, Integer> suggested) {
        List<CriterionScore> result = new ArrayList<>(scores.stream().map(s -> s.withSuggestion(suggested.get(s.criterion())))
                .toList());
        for (Criterion c : scheme.criteria) {
            if (suggested.containsKey(c.code()) && result.stream().noneMatch(s -> s.criterion().equals(c.code()))) {
                result.add(new CriterionScore(c.code(), null, null, null, suggested.get(c.code()), null));
            }
        }
        return result;
    }
}
