package uk.gov.tca.bid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.gov.tca.bid.client.PartnerRegister;
import uk.gov.tca.bid.domain.Bid;
import uk.gov.tca.bid.domain.BidAccess;
import uk.gov.tca.bid.domain.BidStatus;
import uk.gov.tca.bid.domain.Consent;
import uk.gov.tca.bid.domain.DeclaredTotal;
import uk.gov.tca.bid.domain.FundingRound;
import uk.gov.tca.bid.domain.MoneyRules;
import uk.gov.tca.bid.domain.Participant;
import uk.gov.tca.bid.domain.ParticipantRole;
import uk.gov.tca.bid.domain.ParticipationRules;
import uk.gov.tca.bid.domain.Period;
import uk.gov.tca.bid.domain.RuleViolation;
import uk.gov.tca.bid.domain.SubmissionRules;
import uk.gov.tca.bid.feed.BidFeed;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;

/** Councils' bids: drafting, submitting, withdrawing; each change audited and, once public, on the feed. */
@ApplicationScoped
@Transactional
public class BidService {

    static final String ENTITY = "bid";
    /** The part of a declination's history entry that says who declined and why. */
    static final String DECLINED = "declined";

    private final EntityManager em;
    private final RoundService rounds;
    private final PartnerRegister register;
    private final AuditLog audit;
    private final BidFeed feed;
    private final Clock clock;

    public BidService(EntityManager em, RoundService rounds, PartnerRegister register, AuditLog audit, BidFeed feed,
            Clock clock) {
        this.em = em;
        this.rounds = rounds;
        this.register = register;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * The bid to read, if the caller may see it; otherwise 404, as if it did not exist. Loaded read-only: Hibernate
     * keeps no copy of its JSON columns to compare at flush (a third of the CPU of a read), so nothing done to it
     * is ever written — changes go through {@link #forChange}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Bid get(Caller caller, String id) {
        return visible(caller, id, em.find(Bid.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true)));
    }

    /**
     * The bid to change, locked until this transaction ends: two changes to one bid take turns, so the second
     * sees the first's version (a 412 for a stale If-Match, a 409 for a bid no longer open) instead of both
     * writing at once.
     */
    private Bid forChange(Caller caller, String id) {
        return visible(caller, id, Bid.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static Bid visible(Caller caller, String id, Bid bid) {
        if (bid == null || !(BidAccess.canRead(bid, caller.organisation(), caller.is(Roles.BIDDER),
                caller.is(Roles.PROGRAMME_MANAGER), caller.is(Roles.SERVICE), caller.is(Roles.INTEGRATOR))
                || grantedTo(caller, bid))) {
            throw ProblemException.notFound("Bid " + id);
        }
        return bid;
    }

    /** An assessor reads a bid under assessment only while the scoring-service grants it access. */
    private static boolean grantedTo(Caller caller, Bid bid) {
        return caller.is(Roles.ASSESSOR) && BidAccess.published().contains(bid.status)
                && AccessGrant.exists(bid.id, caller.name());
    }

    /** The scoring-service grants an assessor access; the first grant puts a submitted bid into assessment. */
    public Bid grant(Caller caller, String id, String assessor) {
        Bid bid = forChange(caller, id);
        if (!BidAccess.published().contains(bid.status) || bid.status == BidStatus.DECIDED) {
            throw ProblemException.conflict("a " + bid.status + " bid is not open to assessment");
        }
        if (!AccessGrant.exists(id, assessor)) {
            AccessGrant grant = new AccessGrant();
            grant.bidId = id;
            grant.assessor = assessor;
            grant.grantedAt = Instant.now(clock);
            grant.grantedBy = caller.name();
            grant.persist();
            audit.record(caller.name(), "ACCESS_GRANTED", ENTITY, id, null, Map.of("assessor", assessor));
        }
        if (bid.status == BidStatus.SUBMITTED) {
            Map<String, Object> before = bid.snapshot();
            bid.status = BidStatus.IN_ASSESSMENT;
            bid.updatedAt = Instant.now(clock);
            bid.updatedBy = caller.name();
            em.flush();
            audit.record(caller.name(), "BID_IN_ASSESSMENT", ENTITY, id, before, bid.snapshot());
            feed.publish("in-assessment", id, event(bid));
        }
        return bid;
    }

    /** Idempotent: access that is no longer there is taken away already (a 404 only for a bid that does not exist). */
    public void revoke(Caller caller, String id, String assessor) {
        get(caller, id);
        long removed = AccessGrant.delete("bidId = ?1 and assessor = ?2", id, assessor);
        if (removed > 0) {
            audit.record(caller.name(), "ACCESS_REVOKED", ENTITY, id, Map.of("assessor", assessor), null);
        }
    }

    /** A bid that leaves assessment (withdrawn, back to draft) takes every assessor's access with it. */
    private void endAccess(Caller caller, Bid bid) {
        for (AccessGrant grant : AccessGrant.<AccessGrant>list("bidId", bid.id)) {
            audit.record(caller.name(), "ACCESS_REVOKED", ENTITY, bid.id, Map.of("assessor", grant.assessor), null);
        }
        AccessGrant.delete("bidId", bid.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccessGrant> grants(Caller caller, String id) {
        get(caller, id);
        return AccessGrant.list("bidId = ?1 order by assessor", id);
    }

    /** The scoring-service records the funding decision; a bid is decided once. */
    public Bid decide(Caller caller, String id, uk.gov.tca.bid.domain.Decision decision) {
        Bid bid = forChange(caller, id);
        if (bid.status != BidStatus.SUBMITTED && bid.status != BidStatus.IN_ASSESSMENT) {
            throw ProblemException.conflict("a " + bid.status + " bid cannot be decided");
        }
        List<RuleViolation> money = MoneyRules.check("amountAwarded", decision.amountAwarded());
        boolean awarded = decision.outcome() == uk.gov.tca.bid.domain.Decision.Outcome.FUNDED
                || decision.outcome() == uk.gov.tca.bid.domain.Decision.Outcome.PART_FUNDED;
        List<Problem.Violation> violations = new ArrayList<>();
        money.forEach(v -> violations.add(new Problem.Violation(v.field(), v.reason())));
        if (awarded && (decision.amountAwarded() == null || !decision.amountAwarded().readsAsNumber())) {
            violations.add(new Problem.Violation("amountAwarded", "is required when the bid is funded"));
        }
        if (!awarded && decision.amountAwarded() != null) {
            violations.add(new Problem.Violation("amountAwarded", "a " + decision.outcome() + " bid is awarded nothing"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Map<String, Object> before = bid.snapshot();
        bid.decision = new uk.gov.tca.bid.domain.Decision(decision.outcome(), decision.amountAwarded(), decision.reason(),
                Instant.now(clock), caller.name());
        bid.status = BidStatus.DECIDED;
        bid.updatedAt = bid.decision.decidedAt();
        bid.updatedBy = caller.name();
        em.flush();
        audit.record(caller.name(), "BID_DECIDED", ENTITY, id, before, bid.snapshot());
        Map<String, Object> data = event(bid);
        data.put("decision", bid.decision);
        feed.publish("decided", id, data);
        return bid;
    }

    /** Bids the caller may see, filtered; newest first, then by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Bid> search(Caller caller, String roundId, BidStatus status, String organisation, String q,
            Paging paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.is(Roles.PROGRAMME_MANAGER)) {
            List<String> clauses = new ArrayList<>();
            if (caller.is(Roles.BIDDER) && caller.organisation() != null) {
                clauses.add("b.id in (select o.bidId from BidOrganisation o where o.organisationId = :callerOrg)");
                params.put("callerOrg", caller.organisation());
            }
            if (caller.is(Roles.INTEGRATOR) || caller.is(Roles.SERVICE)) {
                clauses.add("b.status in :published");
                params.put("published", BidAccess.published());
            }
            where.append(clauses.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", clauses) + ")");
        }
        if (roundId != null && !roundId.isBlank()) {
            where.append(" and b.roundId = :round");
            params.put("round", roundId);
        }
        if (status != null) {
            where.append(" and b.status = :status");
            params.put("status", status);
        }
        if (organisation != null && !organisation.isBlank()) {
            where.append(" and b.id in (select o.bidId from BidOrganisation o where o.organisationId = :organisation)");
            params.put("organisation", organisation);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and lower(b.title) like :q");
            params.put("q", "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = Bid.<Bid>find("from Bid b where " + where + " order by b.createdAt desc, b.id", params)
                .withHint(HibernateHints.HINT_READ_ONLY, true);
        return PageResult.of(query, paging);
    }

    public Bid create(Caller caller, BidDraft draft) {
        String lead = requireOrganisation(caller);
        FundingRound round = FundingRound.findById(draft.roundId());
        if (round == null) {
            throw ProblemException.invalid("roundId", "no round " + draft.roundId());
        }
        Bid bid = new Bid();
        bid.id = "bid-" + UUID.randomUUID();
        bid.roundId = round.id;
        bid.leadOrganisationId = lead;
        bid.status = BidStatus.DRAFT;
        Instant now = Instant.now(clock);
        bid.createdAt = now;
        bid.createdBy = caller.name();
        apply(bid, round, draft, now, caller.name());
        bid.persist();
        indexOrganisations(bid);
        em.flush();
        audit.record(caller.name(), "BID_CREATED", ENTITY, bid.id, null, bid.snapshot());
        return bid;
    }

    /**
     * A programme manager records a bid the programme received by other means (on paper, or before this
     * system): submitted at the time it was, within the round's window, led by the organisation that sent it.
     * Its figures are taken as written; only what a submission cannot do without is checked.
     */
    public Bid importSubmitted(Caller caller, String lead, Instant submittedAt, BidDraft draft) {
        FundingRound round = FundingRound.findById(draft.roundId());
        if (round == null) {
            throw ProblemException.invalid("bid.roundId", "no round " + draft.roundId());
        }
        List<Problem.Violation> timing = new ArrayList<>();
        if (submittedAt.isBefore(round.opensAt) || !submittedAt.isBefore(round.closesAt)) {
            timing.add(new Problem.Violation("submittedAt", "is outside the round's window (" + round.opensAt + " to "
                    + round.closesAt + ")"));
        }
        if (submittedAt.isAfter(Instant.now(clock))) {
            timing.add(new Problem.Violation("submittedAt", "is in the future"));
        }
        if (!timing.isEmpty()) {
            throw ProblemException.invalid(timing);
        }
        Bid bid = new Bid();
        bid.id = "bid-" + UUID.randomUUID();
        bid.roundId = round.id;
        bid.leadOrganisationId = lead;
        bid.status = BidStatus.DRAFT;
        bid.createdAt = Instant.now(clock);
        bid.createdBy = caller.name();
        apply(bid, round, draft, bid.createdAt, caller.name());
        // the manager records the bid as the programme received it, every participant's agreement with it
        bid.participants = bid.participants.stream().map(p -> p.withConsent(Consent.confirmed(caller.name(), bid.createdAt,
                "recorded with the bid as the programme received it"))).toList();
        List<RuleViolation> reasons = SubmissionRules.PARTICIPANTS_ARE_VERIFIED.apply(bid,
                new SubmissionRules.SubmissionContext(round, submittedAt));
        if (!reasons.isEmpty()) {
            throw new ProblemException(new Problem("urn:tca:problem:cannot-submit", "Bid cannot be recorded", 422,
                    "Every participant must be verified on the register", null,
                    reasons.stream().map(r -> new Problem.Violation("bid." + r.field(), r.reason())).toList()));
        }
        bid.status = BidStatus.SUBMITTED;
        bid.submittedAt = submittedAt;
        bid.persist();
        indexOrganisations(bid);
        em.flush();
        audit.record(caller.name(), "BID_IMPORTED", ENTITY, bid.id, null, bid.snapshot());
        feed.publish("submitted", bid.id, event(bid));
        return bid;
    }

    public Bid update(Caller caller, String id, String ifMatch, BidDraft draft) {
        Bid bid = editable(caller, id);
        ETags.requireMatch(ifMatch, bid.version);
        if (!bid.roundId.equals(draft.roundId())) {
            throw ProblemException.invalid("roundId", "a bid stays in its round (" + bid.roundId + ")");
        }
        Map<String, Object> before = bid.snapshot();
        apply(bid, rounds.get(bid.roundId), draft, Instant.now(clock), caller.name());
        indexOrganisations(bid);
        em.flush();
        audit.record(caller.name(), "BID_UPDATED", ENTITY, id, before, bid.snapshot());
        return bid;
    }

    public Bid submit(Caller caller, String id) {
        Bid bid = forChange(caller, id);
        if (!BidAccess.canEdit(bid, caller.organisation(), caller.is(Roles.BIDDER))) {
            throw ProblemException.forbidden("only the lead organisation submits its bid");
        }
        // Participants saved while the partner-service was away are checked again now.
        bid.participants = verify(bid.participants, new ArrayList<>());
        FundingRound round = rounds.get(bid.roundId);
        List<RuleViolation> reasons = SubmissionRules.check(bid,
                new SubmissionRules.SubmissionContext(round, Instant.now(clock)));
        if (!reasons.isEmpty()) {
            throw new ProblemException(new Problem("urn:tca:problem:cannot-submit", "Bid cannot be submitted", 422,
                    reasons.size() + " thing(s) stop this bid being submitted", null,
                    reasons.stream().map(r -> new Problem.Violation(r.field(), r.reason())).toList()));
        }
        Map<String, Object> before = bid.snapshot();
        bid.status = BidStatus.SUBMITTED;
        bid.submittedAt = Instant.now(clock);
        bid.updatedAt = bid.submittedAt;
        bid.updatedBy = caller.name();
        em.flush();
        audit.record(caller.name(), "BID_SUBMITTED", ENTITY, id, before, bid.snapshot());
        feed.publish("submitted", id, event(bid));
        return bid;
    }

    public Bid withdraw(Caller caller, String id, String reason) {
        Bid bid = forChange(caller, id);
        if (!BidAccess.canEdit(bid, caller.organisation(), caller.is(Roles.BIDDER))) {
            throw ProblemException.forbidden("only the lead organisation withdraws its bid");
        }
        if (bid.status == BidStatus.DECIDED || bid.status == BidStatus.WITHDRAWN) {
            throw ProblemException.conflict("a " + bid.status + " bid cannot be withdrawn");
        }
        boolean wasPublished = BidAccess.published().contains(bid.status);
        Map<String, Object> before = bid.snapshot();
        endAccess(caller, bid);
        bid.status = BidStatus.WITHDRAWN;
        bid.updatedAt = Instant.now(clock);
        bid.updatedBy = caller.name();
        em.flush();
        audit.record(caller.name(), "BID_WITHDRAWN", ENTITY, id, before, withReason(bid.snapshot(), reason));
        if (wasPublished) {
            feed.publish("withdrawn", id, withReason(event(bid), reason));
        }
        return bid;
    }

    /** A programme manager sends a submitted bid back to its council to correct, saying why. */
    public Bid returnToDraft(Caller caller, String id, String reason) {
        Bid bid = forChange(caller, id);
        if (bid.status != BidStatus.SUBMITTED) {
            throw ProblemException.conflict("only a submitted bid can be returned; this bid is " + bid.status);
        }
        Map<String, Object> before = bid.snapshot();
        endAccess(caller, bid);
        bid.status = BidStatus.DRAFT;
        bid.submittedAt = null;
        bid.updatedAt = Instant.now(clock);
        bid.updatedBy = caller.name();
        em.flush();
        audit.record(caller.name(), "BID_RETURNED", ENTITY, id, before, withReason(bid.snapshot(), reason));
        feed.publish("returned", id, withReason(event(bid), reason));
        return bid;
    }

    private Bid editable(Caller caller, String id) {
        Bid bid = forChange(caller, id);
        if (!BidAccess.canEdit(bid, caller.organisation(), caller.is(Roles.BIDDER))) {
            throw ProblemException.forbidden("only the lead organisation's bidders change this bid");
        }
        if (bid.status != BidStatus.DRAFT) {
            throw ProblemException.conflict("a " + bid.status + " bid is no longer a draft and cannot be changed");
        }
        return bid;
    }

    private void apply(Bid bid, FundingRound round, BidDraft draft, Instant now, String actor) {
        List<Problem.Violation> violations = new ArrayList<>();
        List<RuleViolation> rules = new ArrayList<>();
        rules.addAll(MoneyRules.check("amountSought", draft.amountSought()));
        rules.addAll(MoneyRules.check("fallbackAmount", draft.fallbackAmount()));
        for (int i = 0; i < draft.costLines().size(); i++) {
            rules.addAll(MoneyRules.check("costLines[" + i + "].amount", draft.costLines().get(i).amount()));
            rules.addAll(Period.check("costLines[" + i + "].period", draft.costLines().get(i).period()));
        }
        for (int i = 0; i < draft.benefitLines().size(); i++) {
            rules.addAll(MoneyRules.check("benefitLines[" + i + "].amount", draft.benefitLines().get(i).amount()));
            rules.addAll(Period.check("benefitLines[" + i + "].period", draft.benefitLines().get(i).period()));
        }
        for (int i = 0; i < draft.declaredTotals().size(); i++) {
            DeclaredTotal total = draft.declaredTotals().get(i);
            rules.addAll(MoneyRules.check("declaredTotals[" + i + "].amount", total.amount()));
            for (int j = 0; j < total.figures().size(); j++) {
                rules.addAll(MoneyRules.check("declaredTotals[" + i + "].figures[" + j + "]", total.figures().get(j)));
            }
            if (total.of() == DeclaredTotal.Of.STATED_FIGURES && total.figures().isEmpty()) {
                rules.add(new RuleViolation("declaredTotals[" + i + "].figures", "a total of stated figures needs the figures"));
            } else if (total.of() != DeclaredTotal.Of.STATED_FIGURES && !total.figures().isEmpty()) {
                rules.add(new RuleViolation("declaredTotals[" + i + "].figures",
                        "are only given for a total of STATED_FIGURES; a total of the bid's lines adds up the lines"));
            }
        }
        List<Participant> named = resolveNames(draft.participants(), rules);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            Participant p = named.get(i);
            if (p.organisationId() == null) {
                continue;
            }
            rules.addAll(MoneyRules.check("participants[" + i + "].share", p.share()));
            if (!seen.add(p.organisationId())) {
                rules.add(new RuleViolation("participants[" + i + "].organisationId", "is listed twice: give it all its roles once"));
            }
            if (p.plays(ParticipantRole.LEAD) && !p.organisationId().equals(bid.leadOrganisationId)) {
                rules.add(new RuleViolation("participants[" + i + "].roles",
                        "only your own organisation (" + bid.leadOrganisationId + ") leads the bids you create"));
            }
        }
        rules.forEach(r -> violations.add(new Problem.Violation(r.field(), r.reason())));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<RuleViolation> funder = ParticipationRules.funderTakingPart(named, bid.leadOrganisationId, round);
        if (!funder.isEmpty()) {
            throw new ProblemException(new Problem(ParticipationRules.FUNDER_TAKES_PART, "The round's funder cannot take part",
                    422, funder.get(0).reason(), null, funder.stream().map(r -> new Problem.Violation(r.field(), r.reason()))
                            .toList()));
        }
        List<Participant> participants = new ArrayList<>(named);
        if (participants.stream().noneMatch(p -> p.organisationId().equals(bid.leadOrganisationId))) {
            participants.add(0, new Participant(bid.leadOrganisationId, null, Set.of(ParticipantRole.LEAD), null, null,
                    false, false));
        } else {
            participants.replaceAll(p -> p.organisationId().equals(bid.leadOrganisationId) && !p.plays(ParticipantRole.LEAD)
                    ? new Participant(p.organisationId(), p.nameAsWritten(), union(p.roles(), ParticipantRole.LEAD),
                            p.share(), p.onBehalfOf(), p.jointAndSeveral(), p.verified())
                    : p);
        }
        List<Participant> answered = consents(bid, draft, participants, actor, now);
        bid.participants = verify(answered, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        bid.title = draft.title().strip();
        bid.awardType = draft.awardType();
        bid.fallbackAwardType = draft.fallbackAwardType();
        bid.amountSought = draft.amountSought();
        bid.fallbackAmount = draft.fallbackAmount();
        bid.narrative = new LinkedHashMap<>(draft.narrative());
        bid.costLines = new ArrayList<>(draft.costLines());
        bid.benefitLines = new ArrayList<>(draft.benefitLines());
        bid.resolutions = new ArrayList<>(draft.resolutions());
        bid.contacts = new ArrayList<>(draft.contacts());
        bid.attachments = new ArrayList<>(draft.attachments());
        bid.declaredMetrics = new ArrayList<>(draft.declaredMetrics());
        bid.declaredScenarios = new ArrayList<>(draft.declaredScenarios());
        bid.declaredTotals = new ArrayList<>(draft.declaredTotals());
        bid.dated = draft.dated();
        bid.updatedAt = now;
        bid.updatedBy = actor;
    }

    /**
     * What each organisation has said of its part: an answer stands while it is named exactly as it answered and the
     * bid asks for what it asked (award types and amounts); otherwise it is asked again. The lead's bidder making the
     * change is the lead's confirmation.
     */
    private static List<Participant> consents(Bid bid, BidDraft draft, List<Participant> participants, String actor,
            Instant now) {
        Map<String, Participant> previous = new HashMap<>();
        bid.participants.forEach(p -> previous.put(p.organisationId(), p));
        boolean sameAsk = Objects.equals(bid.awardType, draft.awardType())
                && Objects.equals(bid.fallbackAwardType, draft.fallbackAwardType())
                && Objects.equals(bid.amountSought, draft.amountSought())
                && Objects.equals(bid.fallbackAmount, draft.fallbackAmount());
        List<Participant> answered = new ArrayList<>();
        for (Participant p : participants) {
            Participant was = previous.get(p.organisationId());
            boolean stands = sameAsk && p.namedAsIn(was) && was.consent() != null;
            if (p.organisationId().equals(bid.leadOrganisationId)) {
                answered.add(p.withConsent(stands && was.hasConfirmed() ? was.consent() : Consent.confirmed(actor, now, null)));
            } else {
                answered.add(p.withConsent(stands ? was.consent() : Consent.pending()));
            }
        }
        return answered;
    }

    /**
     * A bidder of a named organisation agrees to its part in the bid, as it read it: If-Match names the version it
     * agrees to, so a change made between its reading and its answer is never agreed to unseen.
     */
    public Bid confirm(Caller caller, String id, String organisationId, String ifMatch, String note) {
        Bid bid = forChange(caller, id);
        int index = answering(caller, bid, organisationId);
        Participant p = bid.participants.get(index);
        if (p.hasConfirmed()) {
            return bid;
        }
        ETags.requireMatch(ifMatch, bid.version);
        Map<String, Object> before = bid.snapshot();
        List<Participant> participants = new ArrayList<>(bid.participants);
        participants.set(index, p.withConsent(Consent.confirmed(caller.name(), Instant.now(clock), note)));
        bid.participants = participants;
        bid.updatedAt = Instant.now(clock);
        bid.updatedBy = caller.name();
        em.flush();
        audit.record(caller.name(), "BID_PARTICIPANT_CONFIRMED", ENTITY, id, before, bid.snapshot());
        return bid;
    }

    /** A bidder of a named organisation says it does not take part: it is taken off the bid, its reason kept. */
    public Bid decline(Caller caller, String id, String organisationId, String reason) {
        Bid bid = forChange(caller, id);
        int index = answering(caller, bid, organisationId);
        if (organisationId.equals(bid.leadOrganisationId)) {
            throw ProblemException.conflict("the lead does not decline its own bid: withdraw it instead");
        }
        boolean wasPublished = BidAccess.published().contains(bid.status);
        Map<String, Object> before = bid.snapshot();
        List<Participant> participants = new ArrayList<>(bid.participants);
        participants.remove(index);
        bid.participants = participants;
        bid.updatedAt = Instant.now(clock);
        bid.updatedBy = caller.name();
        indexOrganisations(bid);
        em.flush();
        Map<String, Object> after = bid.snapshot();
        after.put(DECLINED, Map.of("organisationId", organisationId, "reason", reason, "by", caller.name()));
        audit.record(caller.name(), "BID_PARTICIPANT_DECLINED", ENTITY, id, before, after);
        if (wasPublished) {
            feed.publish("participants-changed", id, event(bid));
        }
        return bid;
    }

    /**
     * Which participant the caller answers for: only a bidder of that organisation answers for it, and only while
     * its answer can still matter (before submission, for an organisation that takes on obligations).
     */
    private static int answering(Caller caller, Bid bid, String organisationId) {
        int index = -1;
        for (int i = 0; i < bid.participants.size(); i++) {
            if (bid.participants.get(i).organisationId().equals(organisationId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw ProblemException.notFound("Participant " + organisationId + " of bid " + bid.id);
        }
        if (!caller.is(Roles.BIDDER) || !organisationId.equals(caller.organisation())) {
            throw ProblemException.forbidden("only " + organisationId + "'s own bidders answer for " + organisationId);
        }
        Participant p = bid.participants.get(index);
        boolean open = bid.status == BidStatus.DRAFT
                || !p.hasObligations() && (bid.status == BidStatus.SUBMITTED || bid.status == BidStatus.IN_ASSESSMENT);
        if (!open) {
            throw ProblemException.conflict("a " + bid.status + " bid's " + (p.hasObligations()
                    ? "accountable participants answered before it was submitted" : "participants no longer answer"));
        }
        return index;
    }

    /** Participants given by name only are linked to the register when it is sure which organisation is meant. */
    private List<Participant> resolveNames(List<Participant> participants, List<RuleViolation> rules) {
        List<Participant> named = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (p.organisationId() != null && !p.organisationId().isBlank()) {
                named.add(p);
                continue;
            }
            if (p.nameAsWritten() == null || p.nameAsWritten().isBlank()) {
                rules.add(new RuleViolation("participants[" + i + "].organisationId", "give organisationId or nameAsWritten"));
                named.add(p);
                continue;
            }
            PartnerRegister.NameResolution resolution = register.resolve(p.nameAsWritten());
            if (resolution.organisationId() == null) {
                rules.add(new RuleViolation("participants[" + i + "].nameAsWritten", resolution.reason()));
                named.add(p);
            } else {
                named.add(new Participant(resolution.organisationId(), p.nameAsWritten(), p.roles(), p.share(),
                        p.onBehalfOf(), p.jointAndSeveral(), false));
            }
        }
        return named;
    }

    /** Each participant as the register knows it; one it does not know is an error, an outage leaves it unverified. */
    private List<Participant> verify(List<Participant> participants, List<Problem.Violation> violations) {
        List<Participant> verified = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (p.verified()) {
                verified.add(p);
                continue;
            }
            switch (register.verify(p.organisationId())) {
                case ON_REGISTER -> verified.add(p.withVerified(true));
                case NOT_ON_REGISTER -> violations.add(new Problem.Violation("participants[" + i + "].organisationId",
                        p.organisationId() + " is not on the register: resolve the name through /organisations/resolve"));
                case UNAVAILABLE -> verified.add(p.withVerified(false));
            }
        }
        return verified;
    }

    private void indexOrganisations(Bid bid) {
        em.createQuery("delete from BidOrganisation o where o.bidId = :bid").setParameter("bid", bid.id).executeUpdate();
        for (String organisation : bid.organisations()) {
            em.persist(new BidOrganisation(bid.id, organisation));
        }
    }

    private static Map<String, Object> event(Bid bid) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bidId", bid.id);
        data.put("roundId", bid.roundId);
        data.put("status", bid.status);
        data.put("title", bid.title);
        data.put("leadOrganisationId", bid.leadOrganisationId);
        data.put("organisations", bid.organisations());
        data.put("amountSought", bid.amountSought);
        data.put("version", bid.version);
        data.put("submittedAt", bid.submittedAt);
        return data;
    }

    private static Map<String, Object> withReason(Map<String, Object> state, String reason) {
        Map<String, Object> copy = new LinkedHashMap<>(state);
        copy.put("reason", reason);
        return copy;
    }

    private static String requireOrganisation(Caller caller) {
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            throw ProblemException.forbidden("your token carries no organisation (claim org): ask for it to be set on your account");
        }
        return caller.organisation();
    }

    private static Set<ParticipantRole> union(Set<ParticipantRole> roles, ParticipantRole role) {
        Set<ParticipantRole> all = new LinkedHashSet<>(roles == null ? Set.of() : roles);
        all.add(role);
        return all;
    }
}
