package uk.gov.tca.scoring.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.persistence.Where;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.assessor.AssessorChanged;
import uk.gov.tca.scoring.assessor.Employers;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.conflict.Conflict;
import uk.gov.tca.scoring.conflict.ConflictFinder;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.intake.BidLeftAssessment;
import uk.gov.tca.scoring.intake.BidOrganisationsChanged;
import uk.gov.tca.scoring.scheme.RoundFunders;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * Gives assessors bids and takes them away. Every assignment grants the assessor read access to the bid in
 * the bid-service; every ending (declined, revoked for a conflict or withdrawal, closed by a decision) takes
 * it away again. A conflicted assessor is never given a bid, by hand or automatically.
 */
@ApplicationScoped
public class AssignmentService {

    @Schema(name = "DeclineReason", description = "Why an assessor declines a bid. CONFLICT_FOUND: it found a conflict "
            + "of interest the service did not (declare the interest as well, so that it holds for other bids); "
            + "CAPACITY: it has no time to score it; OTHER: another reason, said in the note")
    public enum DeclineReason { CONFLICT_FOUND, CAPACITY, OTHER }

    private final ConflictFinder conflicts;
    private final BidServiceCalls bids;
    private final AccessRevocations revocations;
    private final AssessmentsOfAssignments assessments;
    private final AuditLog audit;
    private final Clock clock;
    private final RoundFunders funders;

    public AssignmentService(ConflictFinder conflicts, BidServiceCalls bids, AccessRevocations revocations,
            AssessmentsOfAssignments assessments, AuditLog audit, Clock clock, RoundFunders funders) {
        this.funders = funders;
        this.conflicts = conflicts;
        this.bids = bids;
        this.revocations = revocations;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assignment assign(Caller caller, String bidId, String assessorName) {
        String actor = caller.name();
        BidInRound bid = BidInRound.findById(bidId);
        if (bid != null) {
            funders.requireRuns(caller, bid.roundId); // another funder's bid is, to this manager, not in assessment
        }
        bid = openBid(bidId);
        // every assignment is in a round with a scheme: how it is scored, and whose round it is, are known here
        Scheme.requiredFor(bid.roundId, "it says how the bid is scored");
        Assessor assessor = activeAssessor(assessorName);
        if (Assignment.count("bidId = ?1 and assessor = ?2 and status in ?3", bidId, assessorName, Assignment.LIVE) > 0) {
            throw ProblemException.conflict(assessorName + " already has bid " + bidId);
        }
        List<Conflict> blocking = conflicts.session().conflicts(assessor, bid).stream().filter(Conflict::blocking).toList();
        if (!blocking.isEmpty()) {
            throw conflictOfInterest(assessorName + " is conflicted on bid " + bidId + ": " + blocking.get(0).explanation(),
                    blocking);
        }
        return create(actor, bid, assessorName);
    }

    /** The result of sharing a round out. */
    public record AutoResult(String roundId, List<Assignment> created, List<AutoAssignment.Shortfall> shortfalls) {
    }

    public AutoResult autoAssign(Caller caller, String roundId) {
        String actor = caller.name();
        funders.requireRuns(caller, roundId);
        Scheme scheme = Scheme.requiredFor(roundId, "it says how many assessors each bid needs");
        List<BidInRound> open = BidInRound.open(roundId);
        List<Assessor> assessors = Assessor.list("active", true);
        Map<String, Assessor> byName = assessors.stream().collect(Collectors.toMap(a -> a.username, a -> a));
        Map<String, Integer> load = new HashMap<>();
        assessors.forEach(a -> load.put(a.username, (int) Assignment.count("assessor = ?1 and status in ?2", a.username,
                Assignment.LIVE)));
        List<AutoAssignment.BidNeed> needs = open.stream().map(b -> {
            List<Assignment> all = Assignment.list("bidId", b.bidId);
            Set<String> had = new HashSet<>();
            all.forEach(a -> had.add(a.assessor));
            int live = (int) all.stream().filter(Assignment::live).count();
            return new AutoAssignment.BidNeed(b.bidId, live, had);
        }).toList();
        Map<String, BidInRound> bidsById = open.stream().collect(Collectors.toMap(b -> b.bidId, b -> b));
        ConflictFinder.Session session = conflicts.session();
        AutoAssignment.Plan plan = AutoAssignment.plan(needs, load, scheme.assessorsPerBid,
                (assessor, bid) -> session.blocked(byName.get(assessor), bidsById.get(bid)));
        List<Assignment> created = plan.picks().stream()
                .map(p -> QuarkusTransaction.requiringNew().call(() -> create(actor, BidInRound.findById(p.bidId()),
                        p.assessor())))
                .toList();
        return new AutoResult(roundId, created, plan.shortfalls());
    }

    /** An assessor accepts a bid it was offered, unless a conflict has arisen since: then the offer ends instead. */
    @Transactional(dontRollbackOn = ConflictOfInterest.class)
    public Assignment accept(Caller caller, String id) {
        Assignment a = own(caller, id);
        if (a.status != Assignment.Status.OFFERED) {
            throw ProblemException.conflict("an assignment that is " + a.status + " cannot be accepted");
        }
        requireNoConflict(a, caller);
        var before = a.snapshot();
        a.status = Assignment.Status.ACCEPTED;
        a.changedBy(caller.name(), clock.instant());
        audit.record(caller.name(), "ASSIGNMENT_ACCEPTED", "assignment", a.id, before, a.snapshot());
        return a;
    }

    /**
     * Before an assessor acts on an assignment: its employer is taken from its token again and the conflicts are
     * checked again, live. A conflict found ends the assignment (its reason kept) and the assessor is told with a
     * {@link ConflictOfInterest}, which the caller's transaction lets commit. A new employer re-checks the assessor's
     * other assignments too; when that cannot be done (the register away), nothing is kept.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ConflictOfInterest.class)
    public void requireNoConflict(Assignment a, Caller assessorCaller) {
        String actor = assessorCaller.name();
        if (!a.live()) {
            throw ProblemException.conflict("the assignment is " + a.status + ": " + a.reason);
        }
        Assessor assessor = Assessor.findById(a.assessor);
        boolean newEmployer = assessor != null && Employers.refresh(assessor, assessorCaller, clock);
        if (newEmployer) {
            audit.record(actor, "ASSESSOR_EMPLOYER_CHANGED", "assessor", assessor.username, null, assessor.snapshot());
        }
        BidInRound bid = BidInRound.findById(a.bidId);
        ConflictFinder.Session session = conflicts.session();
        Conflict blocking = assessor == null || bid == null ? null : firstBlocking(session, assessor, bid);
        if (blocking != null) {
            endForConflict(actor, a, blocking);
        }
        if (newEmployer) {
            revokeConflicted(actor, Assignment.liveOf(assessor.username), session);
        }
        if (blocking != null) {
            throw conflictOfInterest("You are conflicted on bid " + a.bidId + " and may not assess it: "
                    + blocking.explanation(), List.of(blocking));
        }
    }

    @Transactional
    public Assignment decline(Caller caller, String id, DeclineReason reason, String note) {
        Assignment a = own(caller, id);
        if (!a.live()) {
            throw ProblemException.conflict("an assignment that is " + a.status + " cannot be declined");
        }
        if (assessments.submittedOn(a.id)) {
            throw ProblemException.conflict("the assessment of this bid is submitted; it cannot be declined now");
        }
        end(caller.name(), a, Assignment.Status.DECLINED, reason + (note == null || note.isBlank() ? "" : ": " + note),
                "ASSIGNMENT_DECLINED");
        return a;
    }

    /** After something changed about an assessor (an interest, a secondment, its employer): its conflicted bids end. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onAssessorChanged(@Observes AssessorChanged changed) {
        revokeConflicted(changed.actor(), Assignment.liveOf(changed.assessor().username), conflicts.session());
    }

    /** After a bid's organisations changed: its assessors now conflicted lose it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onBidOrganisationsChanged(@Observes BidOrganisationsChanged changed) {
        revokeConflicted(changed.actor(), Assignment.live(changed.bidId()), conflicts.session());
    }

    /** The live assignments of an assessor as it might be (an interest not yet declared) that a conflict would end. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ended> wouldEnd(Assessor asItMightBe) {
        ConflictFinder.Session session = conflicts.session();
        List<Ended> ended = new ArrayList<>();
        for (Assignment a : Assignment.liveOf(asItMightBe.username)) {
            BidInRound bid = BidInRound.findById(a.bidId);
            Conflict blocking = bid == null ? null : firstBlocking(session, asItMightBe, bid);
            if (blocking != null) {
                ended.add(new Ended(a, bid, blocking));
            }
        }
        return ended;
    }

    /** An assignment a conflict would end, the bid it is on, and the conflict. */
    public record Ended(Assignment assignment, BidInRound bid, Conflict conflict) {
    }

    /** After links between organisations changed in the register: every live assignment is checked again. */
    @Transactional
    public List<Assignment> revokeConflictedEverywhere(String actor) {
        return revokeConflicted(actor, Assignment.list("status in ?1", Assignment.LIVE), conflicts.session());
    }

    private List<Assignment> revokeConflicted(String actor, List<Assignment> live, ConflictFinder.Session session) {
        List<Assignment> revoked = new ArrayList<>();
        for (Assignment a : live) {
            Assessor assessor = Assessor.findById(a.assessor);
            BidInRound bid = BidInRound.findById(a.bidId);
            Conflict blocking = assessor == null || bid == null ? null : firstBlocking(session, assessor, bid);
            if (blocking != null) {
                endForConflict(actor, a, blocking);
                revoked.add(a);
            }
        }
        return revoked;
    }

    /** A bid withdrawn or returned to draft leaves assessment: its assessors lose it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onBidLeftAssessment(@Observes BidLeftAssessment left) {
        for (Assignment a : Assignment.live(left.bidId())) {
            end(left.actor(), a, Assignment.Status.REVOKED, "the bid was " + left.how() + " by the bid-service",
                    "ASSIGNMENT_REVOKED");
        }
    }

    /** A decided bid needs no more assessing: its assessors' access ends. */
    @Transactional
    public void closeForDecision(String actor, String bidId) {
        for (Assignment a : Assignment.live(bidId)) {
            end(actor, a, Assignment.Status.CLOSED, "the bid was decided", "ASSIGNMENT_CLOSED");
        }
    }

    private static Conflict firstBlocking(ConflictFinder.Session session, Assessor assessor, BidInRound bid) {
        return session.conflicts(assessor, bid).stream().filter(Conflict::blocking).findFirst().orElse(null);
    }

    /**
     * A conflict ends the assignment; a submitted assessment on it stops counting (excluded, with the reason),
     * a draft is kept but can no longer be submitted.
     */
    private void endForConflict(String actor, Assignment a, Conflict conflict) {
        String reason = "conflict of interest: " + conflict.explanation();
        end(actor, a, Assignment.Status.REVOKED, reason, "ASSIGNMENT_REVOKED");
        assessments.excludeSubmitted(a.id, reason, actor);
    }

    private void end(String actor, Assignment a, Assignment.Status ending, String reason, String action) {
        var before = a.snapshot();
        a.end(ending, reason, actor, clock.instant());
        audit.record(actor, action, "assignment", a.id, before, a.snapshot());
        revocations.revoke(a.bidId, a.assessor);
    }

    static ConflictOfInterest conflictOfInterest(String detail, List<Conflict> blocking) {
        return new ConflictOfInterest(detail, blocking);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment get(Caller caller, String id) {
        Assignment a = Assignment.findById(id);
        if (a == null || !caller.is(Roles.PROGRAMME_MANAGER) && !a.assessor.equals(caller.name())) {
            throw ProblemException.notFound("Assignment " + id);
        }
        funders.requireRuns(caller, a.roundId);
        return a;
    }

    /** A programme manager's choice of assignments; an assessor's own, whatever it asks for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Assignment> search(Caller caller, String roundId, String bidId, String assessor,
            Assignment.Status status, Paging paging) {
        String who = !caller.is(Roles.PROGRAMME_MANAGER) || "me".equals(assessor) ? caller.name() : assessor;
        Where where = funders.onlyRunBy(caller,
                Where.all().and("roundId", roundId).and("bidId", bidId).and("assessor", who).and("status", status));
        var query = Assignment.<Assignment>find(where.query("createdAt, id"), where.params());
        return PageResult.of(query, paging);
    }

    private Assignment own(Caller caller, String id) {
        Assignment a = get(caller, id);
        if (!a.assessor.equals(caller.name())) {
            throw ProblemException.notFound("Assignment " + id);
        }
        return a;
    }

    private Assignment create(String actor, BidInRound bid, String assessor) {
        Assignment a = new Assignment();
        a.id = UUID.randomUUID().toString();
        a.bidId = bid.bidId;
        a.bid = bid;
        a.roundId = bid.roundId;
        a.assessor = assessor;
        a.status = Assignment.Status.OFFERED;
        a.createdBy(actor, clock.instant());
        a.persistAndFlush();
        audit.record(actor, "ASSIGNMENT_OFFERED", "assignment", a.id, null, a.snapshot());
        bids.grant(bid.bidId, assessor); // a failure rolls the assignment back: no assignment without access
        return a;
    }

    private static BidInRound openBid(String bidId) {
        BidInRound bid = BidInRound.findById(bidId);
        if (bid == null) {
            throw ProblemException.notFound("Bid " + bidId + " in assessment");
        }
        if (bid.status != BidInRound.Status.OPEN) {
            throw ProblemException.conflict("bid " + bidId + " is " + bid.status + ", not open to assessment");
        }
        return bid;
    }

    private static Assessor activeAssessor(String username) {
        Assessor assessor = Assessor.findById(username);
        if (assessor == null || !assessor.active) {
            throw ProblemException.invalid("assessor", "no active assessor profile for " + username);
        }
        return assessor;
    }
}
