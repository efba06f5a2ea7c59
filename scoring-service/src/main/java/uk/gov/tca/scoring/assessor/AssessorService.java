package uk.gov.tca.scoring.assessor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.scoring.Roles;
import uk.gov.tca.scoring.assignment.AssignmentService;

/**
 * Assessor profiles: an assessor keeps its own (employer, interests declared and never edited); a programme
 * manager reads them all and grants dispensations. A new interest takes away any bid it conflicts at once.
 */
@ApplicationScoped
@Transactional
public class AssessorService {

    /** Words that say an interest exists without saying what it is (domain-notes §5.2). */
    private static final String NOT_A_NATURE = "(as noted|as recorded|noted|see register)\\.?";

    private final AuditLog audit;
    private final AssignmentService assignments;
    private final Clock clock;

    public AssessorService(AuditLog audit, AssignmentService assignments, Clock clock) {
        this.audit = audit;
        this.assignments = assignments;
        this.clock = clock;
    }

    /** The changes a profile may take; absent employer means the organisation of the caller's token. */
    public record Profile(String displayName, String employerOrganisationId, Boolean active) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Assessor> all(Paging paging) {
        var query = Assessor.<Assessor>findAll(Sort.by("username"));
        return PageResult.of(query, paging);
    }

    /** An assessor's profile: its own ('me'), or any for a programme manager; others' answer 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessor get(Caller caller, String username) {
        String who = "me".equals(username) ? caller.name() : username;
        Assessor a = Assessor.findById(who);
        if (a == null || !caller.is(Roles.PROGRAMME_MANAGER) && !who.equals(caller.name())) {
            throw ProblemException.notFound("Assessor " + username);
        }
        return a;
    }

    /** Creates the caller's profile, or changes it under If-Match; says which it did. */
    public Saved save(Caller caller, String ifMatch, Profile profile) {
        Assessor a = Assessor.findById(caller.name());
        boolean created = a == null;
        var before = created ? null : a.snapshot();
        if (created) {
            a = new Assessor();
            a.username = caller.name();
            a.createdBy(caller.name(), clock.instant());
        } else {
            ETags.requireMatch(ifMatch, a.version);
            a.changedBy(caller.name(), clock.instant());
        }
        a.displayName = profile.displayName();
        a.employerOrganisationId = profile.employerOrganisationId() != null ? profile.employerOrganisationId()
                : caller.organisation();
        if (profile.active() != null) {
            a.active = profile.active();
        }
        a.persistAndFlush();
        audit.record(caller.name(), created ? "ASSESSOR_REGISTERED" : "ASSESSOR_UPDATED", "assessor", a.username, before,
                a.snapshot());
        return new Saved(a, created);
    }

    public record Saved(Assessor assessor, boolean created) {
    }

    public Assessor declare(Caller caller, NewInterest interest) {
        Assessor a = Assessor.findById(caller.name());
        if (a == null) {
            throw ProblemException.conflict("register a profile (PUT /assessors/me) before declaring interests");
        }
        if (interest.organisationId() == null && interest.bidId() == null) {
            throw ProblemException.invalid("organisationId", "an interest is in an organisation or a bid: name one");
        }
        if (interest.nature().strip().toLowerCase().matches(NOT_A_NATURE)) {
            throw ProblemException.invalid("nature", "say what the interest is; \"as noted\" is not a declaration");
        }
        var before = a.snapshot();
        List<Interest> interests = new ArrayList<>(a.interests);
        interests.add(new Interest(interest.type(), interest.organisationId(), interest.bidId(),
                interest.holder() == null ? Interest.Holder.SELF : interest.holder(), interest.nature().strip(),
                interest.arose(), clock.instant()));
        a.interests = interests;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "INTEREST_DECLARED", "assessor", a.username, before, a.snapshot());
        assignments.revokeConflicted(caller.name(), a);
        return a;
    }

    public Assessor dispense(Caller caller, String username, NewDispensation dispensation) {
        Assessor a = Assessor.findById(username);
        if (a == null) {
            throw ProblemException.notFound("Assessor " + username);
        }
        if (dispensation.organisationId() == null && dispensation.bidId() == null) {
            throw ProblemException.invalid("organisationId", "a dispensation covers an organisation or a bid: name one");
        }
        if (dispensation.expires().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid("expires", "is in the past");
        }
        var before = a.snapshot();
        List<Dispensation> dispensations = new ArrayList<>(a.dispensations);
        dispensations.add(new Dispensation(dispensation.organisationId(), dispensation.bidId(),
                dispensation.reason().strip(), dispensation.expires(), clock.instant(), caller.name()));
        a.dispensations = dispensations;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "DISPENSATION_GRANTED", "assessor", a.username, before, a.snapshot());
        return a;
    }
}
