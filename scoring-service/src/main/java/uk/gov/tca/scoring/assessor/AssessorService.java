package uk.gov.tca.scoring.assessor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.client.PartnerRegister;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.scheme.RoundFunders;

/**
 * Assessor profiles: an assessor keeps its own (its name; interests declared and never edited); its employer is
 * the organisation its token names, never a field it edits. A programme manager reads them all, grants
 * dispensations and records secondments. A new interest, a secondment or a new employer takes away at once any
 * bid it conflicts.
 */
@ApplicationScoped
@Transactional
public class AssessorService {

    /** Words that say an interest exists without saying what it is (domain-notes §5.2). */
    private static final String NOT_A_NATURE = "(as noted|as recorded|noted|see register)\\.?";

    private final AuditLog audit;
    private final Event<AssessorChanged> changed;
    private final PartnerRegister register;
    private final Clock clock;

    private final RoundFunders funders;
    private final BidServiceCalls bids;

    public AssessorService(AuditLog audit, Event<AssessorChanged> changed, PartnerRegister register, Clock clock,
            RoundFunders funders, BidServiceCalls bids) {
        this.funders = funders;
        this.bids = bids;
        this.audit = audit;
        this.changed = changed;
        this.register = register;
        this.clock = clock;
    }

    /** The changes a profile may take. The employer is not one: it is the organisation the caller's token names. */
    public record Profile(String displayName, Boolean active) {
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

    /**
     * The interests of a profile the caller is shown: the assessor sees all its own; a programme manager those in
     * organisations, and those in bids of its own funder's rounds — never a bid of another funder's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Interest> interestsShownTo(Caller caller, Assessor a) {
        if (!managerOfAnother(caller, a)) {
            return a.interests;
        }
        Map<String, Boolean> shown = new HashMap<>();
        return a.interests.stream().filter(i -> i.bidId() == null
                || shown.computeIfAbsent(i.bidId(), bid -> runsTheRoundOf(caller, bid))).toList();
    }

    /** The dispensations a programme manager is shown: its own funder's (and those from before funders were kept). */
    public List<Dispensation> dispensationsShownTo(Caller caller, Assessor a) {
        if (!managerOfAnother(caller, a)) {
            return a.dispensations;
        }
        return a.dispensations.stream().filter(d -> d.funderOrganisationId() == null
                || d.funderOrganisationId().equals(caller.organisation())).toList();
    }

    private static boolean managerOfAnother(Caller caller, Assessor a) {
        return caller.is(Roles.PROGRAMME_MANAGER) && !a.username.equals(caller.name());
    }

    /** Whether the bid is in a round of the manager's funder, as this service or else the bid-service knows it. */
    private boolean runsTheRoundOf(Caller caller, String bidId) {
        BidInRound known = BidInRound.findById(bidId);
        String roundId;
        try {
            roundId = known != null ? known.roundId : bids.bid(bidId).path("roundId").asText(null);
        } catch (ProblemException e) {
            return false; // a bid no one can place in a round is not shown as anyone's
        }
        String funder = roundId == null ? null : funders.funderOf(roundId);
        return funder != null && funder.equals(caller.organisation());
    }

    /** Creates the caller's profile, or changes it under If-Match; says which it did. */
    public Saved save(Caller caller, String ifMatch, Profile profile) {
        String employer = Employers.of(caller);
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
        boolean newEmployer = !created && !employer.equals(a.employerOrganisationId);
        a.displayName = profile.displayName();
        a.employerOrganisationId = employer;
        if (profile.active() != null) {
            a.active = profile.active();
        }
        a.persistAndFlush();
        audit.record(caller.name(), created ? "ASSESSOR_REGISTERED" : "ASSESSOR_UPDATED", "assessor", a.username, before,
                a.snapshot());
        if (newEmployer) {
            changed.fire(new AssessorChanged(caller.name(), a)); // its conflicted assignments end
        }
        return new Saved(a, created);
    }

    /** A programme manager records where an assessor is seconded; the assignments it conflicts end at once. */
    public Assessor second(Caller caller, String username, NewSecondment secondment) {
        Assessor a = Assessor.findById(username);
        if (a == null) {
            throw ProblemException.notFound("Assessor " + username);
        }
        if (secondment.until() != null && secondment.until().isBefore(secondment.from())) {
            throw ProblemException.invalid("until", "is before from " + secondment.from());
        }
        String organisation = secondment.organisationId().strip();
        if (organisation.equals(a.employerOrganisationId)) {
            throw ProblemException.invalid("organisationId", "is the assessor's employer already");
        }
        if (register.organisation(organisation).isEmpty()) {
            throw ProblemException.invalid("organisationId", organisation + " is not on the register");
        }
        var before = a.snapshot();
        List<Secondment> secondments = new ArrayList<>(a.secondments);
        secondments.add(new Secondment(organisation, secondment.from(), secondment.until(), secondment.reason().strip(),
                clock.instant(), caller.name()));
        a.secondments = secondments;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "SECONDMENT_RECORDED", "assessor", a.username, before, a.snapshot());
        changed.fire(new AssessorChanged(caller.name(), a)); // its conflicted assignments end
        return a;
    }

    public record Saved(Assessor assessor, boolean created) {
    }

    /** The caller's profile, which declaring needs. */
    private static Assessor declaring(Caller caller) {
        Assessor a = Assessor.findById(caller.name());
        if (a == null) {
            throw ProblemException.conflict("register a profile (PUT /assessors/me) before declaring interests");
        }
        return a;
    }

    /**
     * The interest as it would be recorded, after the rules a declaration keeps (each refusal a 400 naming its field):
     * something to be interested in, a nature in words, and an organisation on the register or a bid in assessment.
     */
    private Interest checked(NewInterest interest) {
        if (interest.organisationId() == null && interest.bidId() == null) {
            throw ProblemException.invalid("organisationId", "an interest is in an organisation or a bid: name one");
        }
        if (interest.nature().strip().toLowerCase().matches(NOT_A_NATURE)) {
            throw ProblemException.invalid("nature", "say what the interest is; \"as noted\" is not a declaration");
        }
        // a declaration names what is there: a made-up id would stand for ever and keep the assessor from nothing
        if (interest.organisationId() != null && register.organisation(interest.organisationId().strip()).isEmpty()) {
            throw ProblemException.invalid("organisationId", interest.organisationId().strip() + " is not on the register: "
                    + "find the organisation (GET /organisations?q=) and give its id");
        }
        if (interest.bidId() != null && BidInRound.findById(interest.bidId().strip()) == null) {
            throw ProblemException.invalid("bidId", "no bid " + interest.bidId().strip() + " is in assessment: give the id "
                    + "of a bid you have been offered or can see");
        }
        return new Interest(interest.type(), interest.organisationId(), interest.bidId(),
                interest.holder() == null ? Interest.Holder.SELF : interest.holder(), interest.nature().strip(),
                interest.arose(), clock.instant());
    }

    /**
     * The caller's profile as it would be with the interest declared, for asking what it would end: checked as a
     * declaration is, and never saved (a copy, not the entity).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessor asIfDeclared(Caller caller, NewInterest interest) {
        Assessor a = declaring(caller);
        Interest declared = checked(interest);
        Assessor copy = new Assessor();
        copy.username = a.username;
        copy.displayName = a.displayName;
        copy.employerOrganisationId = a.employerOrganisationId;
        copy.interests = new ArrayList<>(a.interests);
        copy.interests.add(declared);
        copy.dispensations = List.copyOf(a.dispensations);
        copy.secondments = List.copyOf(a.secondments);
        copy.active = a.active;
        return copy;
    }

    public Assessor declare(Caller caller, NewInterest interest) {
        Assessor a = declaring(caller);
        Interest declared = checked(interest);
        var before = a.snapshot();
        List<Interest> interests = new ArrayList<>(a.interests);
        interests.add(declared);
        a.interests = interests;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "INTEREST_DECLARED", "assessor", a.username, before, a.snapshot());
        changed.fire(new AssessorChanged(caller.name(), a)); // its conflicted assignments end
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
        if (dispensation.bidId() != null && !runsTheRoundOf(caller, dispensation.bidId())) {
            // a funder lifts conflicts on its own bids: another funder's bid is, to this manager, not there
            throw ProblemException.notFound("Bid " + dispensation.bidId());
        }
        if (dispensation.expires().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalid("expires", "is in the past");
        }
        var before = a.snapshot();
        List<Dispensation> dispensations = new ArrayList<>(a.dispensations);
        dispensations.add(new Dispensation("dsp-" + java.util.UUID.randomUUID(), dispensation.organisationId(),
                dispensation.bidId(), dispensation.reason().strip(), dispensation.expires(), clock.instant(), caller.name(),
                caller.organisation(), null, null, null));
        a.dispensations = dispensations;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "DISPENSATION_GRANTED", "assessor", a.username, before, a.snapshot());
        return a;
    }

    /**
     * A programme manager takes a dispensation back: from now on it covers nothing, so the assignments it allowed and
     * its conflicts now stop end at once, as after a new interest. Only the funder that granted it revokes it (another
     * funder's is, to its managers, not there); one revoked already is not revoked again.
     */
    public Assessor revoke(Caller caller, String username, String dispensationId, String reason) {
        Assessor a = Assessor.findById(username);
        if (a == null) {
            throw ProblemException.notFound("Assessor " + username);
        }
        Dispensation dispensation = dispensationsShownTo(caller, a).stream().filter(d -> dispensationId.equals(d.id()))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Dispensation " + dispensationId + " of "
                        + username));
        if (dispensation.revokedAt() != null) {
            throw ProblemException.conflict("the dispensation was revoked already, by " + dispensation.revokedBy());
        }
        var before = a.snapshot();
        List<Dispensation> dispensations = new ArrayList<>(a.dispensations);
        dispensations.replaceAll(d -> d == dispensation ? d.revoked(clock.instant(), caller.name(), reason.strip()) : d);
        a.dispensations = dispensations;
        a.changedBy(caller.name(), clock.instant());
        a.persistAndFlush();
        audit.record(caller.name(), "DISPENSATION_REVOKED", "assessor", a.username, before, a.snapshot());
        changed.fire(new AssessorChanged(caller.name(), a)); // what it allowed, and its conflicts now stop, ends
        return a;
    }
}
