package uk.gov.tca.scoring.assignment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.persistence.Where;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.scoring.Roles;
import uk.gov.tca.scoring.assessment.Assessment;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.client.BidService;
import uk.gov.tca.scoring.conflict.Conflict;
import uk.gov.tca.scoring.conflict.ConflictFinder;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * Gives assessors bids and takes them away. Every assignment grants the assessor read access to the bid in
 * the bid-service; every ending (declined, revoked for a conflict or withdrawal, closed by a decision) takes
 * it away again. A conflicted assessor is never given a bid, by hand or automatically.
 */
@ApplicationScoped
public class AssignmentService {

    public enum DeclineReason { CONFLICT_FOUND, CAPACITY, OTHER }

    private final ConflictFinder conflicts;
    private final BidService bids;
    private final AuditLog audit;
    private final Clock clock;

    public AssignmentService(ConflictFinder conflicts, BidService bids, AuditLog audit, Clock clock) {
        this.conflicts = conflicts;
        this.bids = bids;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Assignment assign(String actor, String bidId, String assessorName) {
        BidInRound bid = openBid(bidId);
        Assessor assessor = activeAssessor(assessorName);
        if (Assignment.count("bidId = ?1 and assessor = ?2 and status in ?3", bidId, assessorName, Assignment.LIVE) > 0) {
            throw ProblemException.conflict(assessorName + " already has bid " + bidId);
        }
        List<Conflict> blocking = conflicts.session().conflicts(assessor, bid).stream().filter(Conflict::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new ProblemException(new Problem("urn:tca:problem:conflict-of-interest", "Conflict of interest", 409,
                    assessorName + " is conflicted on bid " + bidId + ": " + blocking.get(0).explanation(), null,
                    blocking.stream().map(c -> new Problem.Violation("assessor", c.rule() + ": " + c.explanation()))
                            .toList()));
        }
        return create(actor, bid, assessorName);
    }

    /** The result of sharing a round out. */
    public record AutoResult(String roundId, List<Assignment> created, List<AutoAssignment.Shortfall> shortfalls) {
    }

    public AutoResult autoAssign(String actor, String roundId) {
        Scheme scheme = Scheme.forRound(roundId).orElseThrow(() -> ProblemException.conflict(
                "round " + roundId + " has no scheme yet: it says how many assessors each bid needs"));
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

    @Transactional
    public Assignment accept(Caller caller, String id) {
        Assignment a = own(caller, id);
        if (a.status != Assignment.Status.OFFERED) {
            throw ProblemException.conflict("an assignment that is " + a.status + " cannot be accepted");
        }
        var before = a.snapshot();
        a.status = Assignment.Status.ACCEPTED;
        a.changedBy(caller.name(), clock.instant());
        audit.record(caller.name(), "ASSIGNMENT_ACCEPTED", "assignment", a.id, before, a.snapshot());
        return a;
    }

    @Transactional
    public Assignment decline(Caller caller, String id, DeclineReason reason, String note) {
        Assignment a = own(caller, id);
        if (!a.live()) {
            throw ProblemException.conflict("an assignment that is " + a.status + " cannot be declined");
        }
        if (Assessment.count("assignmentId = ?1 and status = ?2", a.id, Assessment.Status.SUBMITTED) > 0) {
            throw ProblemException.conflict("the assessment of this bid is submitted; it cannot be declined now");
        }
        var before = a.snapshot();
        a.end(Assignment.Status.DECLINED, reason + (note == null || note.isBlank() ? "" : ": " + note), caller.name(),
                clock.instant());
        audit.record(caller.name(), "ASSIGNMENT_DECLINED", "assignment", a.id, before, a.snapshot());
        bids.revokeQuietly(a.bidId, a.assessor);
        return a;
    }

    /** After an assessor declares an interest: any bid it now conflicts them on is taken away. */
    @Transactional
    public List<Assignment> revokeConflicted(String actor, Assessor assessor) {
        ConflictFinder.Session session = conflicts.session();
        List<Assignment> revoked = Assignment.liveOf(assessor.username).stream().filter(a -> {
            BidInRound bid = BidInRound.findById(a.bidId);
            return bid != null && session.blocked(assessor, bid);
        }).toList();
        for (Assignment a : revoked) {
            var before = a.snapshot();
            a.end(Assignment.Status.REVOKED, "a conflict of interest was declared", actor, clock.instant());
            audit.record(actor, "ASSIGNMENT_REVOKED", "assignment", a.id, before, a.snapshot());
            bids.revokeQuietly(a.bidId, a.assessor);
        }
        return revoked;
    }

    /** A decided bid needs no more assessing: its assessors' access ends. */
    @Transactional
    public void closeForDecision(String actor, String bidId) {
        for (Assignment a : Assignment.live(bidId)) {
            var before = a.snapshot();
            a.end(Assignment.Status.CLOSED, "the bid was decided", actor, clock.instant());
            audit.record(actor, "ASSIGNMENT_CLOSED", "assignment", a.id, before, a.snapshot());
            bids.revokeQuietly(a.bidId, a.assessor);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment get(Caller caller, String id) {
        Assignment a = Assignment.findById(id);
        if (a == null || !caller.is(Roles.PROGRAMME_MANAGER) && !a.assessor.equals(caller.name())) {
            throw ProblemException.notFound("Assignment " + id);
        }
        return a;
    }

    /** A programme manager's choice of assignments; an assessor's own, whatever it asks for. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Assignment> search(Caller caller, String roundId, String bidId, String assessor,
            Assignment.Status status, Paging paging) {
        String who = !caller.is(Roles.PROGRAMME_MANAGER) || "me".equals(assessor) ? caller.name() : assessor;
        Where where = Where.all().and("roundId", roundId).and("bidId", bidId).and("assessor", who).and("status", status);
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
