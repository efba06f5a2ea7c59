package uk.gov.tca.bid.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.tca.bid.content.BidContent;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Consent;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipationRules;
import uk.gov.tca.bid.participation.RegisterAnswer;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.platform.audit.Audited;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * A bid to a round: who takes part and how, what it asks for, what it will do and what it costs and saves, and where
 * it stands. The bid owns its life: every change is a command here that either makes the change and returns its
 * event, or refuses with every reason and changes nothing. Where it may go from where it is, is {@link BidStatus}'s.
 */
@Entity
@Table(name = "bid")
public class Bid extends Audited {

    @Id
    String id;

    @Column(name = "round_id", nullable = false)
    String roundId;

    /** The round's funder, whose programme managers this bid is for (a round's funder never changes). */
    @Column(name = "funder_organisation_id", nullable = false, updatable = false)
    String funderOrganisationId;

    @Column(nullable = false)
    String title;

    @Column(name = "lead_organisation_id", nullable = false)
    String leadOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    BidStatus status;

    @Column(name = "award_type")
    String awardType;

    @Column(name = "fallback_award_type")
    String fallbackAwardType;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "amount_sought")
    Money amountSought;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fallback_amount")
    Money fallbackAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    List<Participant> participants = new ArrayList<>();

    @Embedded
    BidContent content = BidContent.empty();

    @JdbcTypeCode(SqlTypes.JSON)
    Decision decision;

    /** A decision taken under delegation not yet reported to its committee: what the awaitingReport filter finds. */
    @Column(name = "awaiting_report", nullable = false)
    boolean awaitingReport;

    @Column(name = "submitted_at")
    Instant submittedAt;

    /** Not yet in the database: its first change is its creation, and gives it version 0. */
    @Transient
    private boolean unsaved;

    /** For Hibernate. */
    protected Bid() {
    }

    private Bid(String id, FundingRound round, String leadOrganisationId) {
        this.id = id;
        this.roundId = round.id;
        this.funderOrganisationId = round.funderOrganisationId;
        this.leadOrganisationId = leadOrganisationId;
        this.status = BidStatus.DRAFT;
        this.title = "";
        this.unsaved = true;
    }

    /** A bid led by {@code lead} in a round, with nothing written yet: {@link #draft} or {@link #receive} writes it. */
    public static Bid newBid(String id, FundingRound round, String lead) {
        return new Bid(id, round, lead);
    }

    // --- commands --------------------------------------------------------------------------------------------

    /** The lead's bidder writes the new bid: its first draft, which the lead, writing it, agrees to. */
    public Change<BidEvent.Drafted> draft(BidDraft draft, FundingRound round, RegisterAnswer register, String actor,
            Instant now) {
        if (!unsaved) {
            return Change.refused(Refusal.notNow("bid " + id + " is drafted already"));
        }
        Optional<Refusal> refusal = write(draft, round, register, actor, now);
        if (refusal.isPresent()) {
            return Change.refused(refusal.get());
        }
        createdBy(actor, now);
        return Change.made(new BidEvent.Drafted(summary()));
    }

    /** The lead's bidder changes its draft; an organisation named differently, or asked for more, is asked again. */
    public Change<BidEvent.Revised> revise(BidDraft draft, FundingRound round, RegisterAnswer register, String actor,
            Instant now) {
        if (!isDraft()) {
            return Change.refused(Refusal.notNow("a " + status + " bid is no longer a draft and cannot be changed"));
        }
        if (!roundId.equals(draft.roundId())) {
            return Change.refused(Refusal.invalid(List.of(new RuleViolation("roundId",
                    "a bid stays in its round (" + roundId + ")"))));
        }
        Optional<Refusal> refusal = write(draft, round, register, actor, now);
        if (refusal.isPresent()) {
            return Change.refused(refusal.get());
        }
        return Change.made(new BidEvent.Revised(summary()));
    }

    /**
     * A programme manager records a bid the programme received by other means, as submitted when it was: every
     * participant's agreement is the programme's record of it, and each must be on the register.
     */
    public Change<BidEvent.Submitted> receive(BidDraft draft, FundingRound round, Instant receivedAt,
            RegisterAnswer register, String actor, Instant now) {
        if (!unsaved) {
            return Change.refused(Refusal.notNow("bid " + id + " is recorded already"));
        }
        List<RuleViolation> timing = new ArrayList<>();
        if (!round.isOpenAt(receivedAt)) {
            timing.add(new RuleViolation("submittedAt", "is outside the round's window (" + round.window() + ")"));
        }
        if (receivedAt.isAfter(now)) {
            timing.add(new RuleViolation("submittedAt", "is in the future"));
        }
        if (!timing.isEmpty()) {
            return Change.refused(Refusal.invalid(timing));
        }
        Optional<Refusal> refusal = write(draft, round, register, actor, now);
        if (refusal.isPresent()) {
            return Change.refused(refusal.get());
        }
        List<RuleViolation> unverified = SubmissionRules.PARTICIPANTS_ARE_VERIFIED.apply(this,
                new SubmissionRules.SubmissionContext(round, receivedAt));
        if (!unverified.isEmpty()) {
            return Change.refused(Refusal.rulesUnmet("Every participant must be verified on the register", unverified));
        }
        participants = participants.stream().map(p -> p.withConsent(Consent.confirmed(actor, now,
                "recorded with the bid as the programme received it"))).toList();
        createdBy(actor, now);
        status = BidStatus.SUBMITTED;
        submittedAt = receivedAt;
        return Change.made(new BidEvent.Submitted(summary(), true));
    }

    /**
     * The lead submits its draft to the round. Participants saved while the register could not be asked are taken as
     * verified when it now says they are on it; then every submission rule must hold.
     */
    public Change<BidEvent.Submitted> submit(FundingRound round, RegisterAnswer register, String actor, Instant now) {
        List<Participant> checked = refreshedBy(register);
        List<Participant> asWere = participants;
        participants = checked;
        List<RuleViolation> reasons = SubmissionRules.check(this, new SubmissionRules.SubmissionContext(round, now));
        if (!reasons.isEmpty()) {
            participants = asWere;
            return Change.refused(Refusal.rulesUnmet(reasons.size() + " thing(s) stop this bid being submitted", reasons));
        }
        status = BidStatus.SUBMITTED;
        submittedAt = now;
        changedBy(actor, now);
        return Change.made(new BidEvent.Submitted(summary(), false));
    }

    /** The lead withdraws its bid, saying why, at any time before it is decided. */
    public Change<BidEvent.Withdrawn> withdraw(String reason, String actor, Instant now) {
        if (!status.mayBecome(BidStatus.WITHDRAWN)) {
            return Change.refused(Refusal.notNow("a " + status + " bid cannot be withdrawn"));
        }
        boolean wasPublic = status.isPublic();
        status = BidStatus.WITHDRAWN;
        changedBy(actor, now);
        return Change.made(new BidEvent.Withdrawn(summary(), reason, wasPublic));
    }

    /** A programme manager sends a submitted bid back to its council to correct, saying why. */
    public Change<BidEvent.Returned> returnToDraft(String reason, String actor, Instant now) {
        if (!status.mayBecome(BidStatus.DRAFT)) {
            return Change.refused(Refusal.notNow("only a submitted bid can be returned; this bid is " + status));
        }
        status = BidStatus.DRAFT;
        submittedAt = null;
        changedBy(actor, now);
        return Change.made(new BidEvent.Returned(summary(), reason));
    }

    /** Whether others than the bid's own organisations may know of it now ({@link BidStatus#isPublic(boolean)}). */
    public boolean isPublic() {
        return status.isPublic(submittedAt != null);
    }

    /** Whether the bid is still its council's draft, to change as it likes. */
    public boolean isDraft() {
        return status == BidStatus.DRAFT;
    }

    /** Whether assessors may be given the bid to read: from submission until it is decided. */
    public boolean isOpenToAssessment() {
        return status.isPublic() && status != BidStatus.DECIDED;
    }

    /** The first assessor given the bid puts it into assessment; later ones find it there already. */
    public Change<BidEvent.EnteredAssessment> enterAssessment(String actor, Instant now) {
        if (status == BidStatus.IN_ASSESSMENT) {
            return Change.alreadySo();
        }
        if (!isOpenToAssessment() || !status.mayBecome(BidStatus.IN_ASSESSMENT)) {
            return Change.refused(Refusal.notNow("a " + status + " bid is not open to assessment"));
        }
        status = BidStatus.IN_ASSESSMENT;
        changedBy(actor, now);
        return Change.made(new BidEvent.EnteredAssessment(summary()));
    }

    /**
     * The funding decision, once: an award names its amount, a bid not funded is awarded nothing, and where the round
     * routes its decisions by amount, it is taken under the route the amount at stake falls in — by the route's
     * decision-maker unless the record names one — and, if delegated, awaits its report to the route's committee.
     */
    public Change<BidEvent.Decided> decide(DecisionTaken taken, FundingRound round, String actor, Instant now) {
        if (!status.mayBecome(BidStatus.DECIDED)) {
            return Change.refused(Refusal.notNow("a " + status + " bid cannot be decided"));
        }
        List<RuleViolation> invalid = new ArrayList<>(DecisionRules.check(taken.outcome(), taken.amountAwarded()));
        var route = DecisionRules.route(taken, DecisionRules.atStake(taken, amountSought), round, invalid);
        if (!invalid.isEmpty()) {
            return Change.refused(Refusal.invalid(invalid));
        }
        String maker = taken.decisionMaker() != null && !taken.decisionMaker().isBlank() ? taken.decisionMaker().strip()
                : route.map(r -> r.decidedBy()).orElse(null);
        decision = new Decision(taken.outcome(), taken.amountAwarded(), taken.reason(), now, actor,
                route.map(r -> r.code()).orElse(null), maker, taken.decidedOn(), taken.minuteReference(),
                route.map(r -> r.delegated()).orElse(false), route.map(r -> r.reportTo()).orElse(null), null);
        awaitingReport = decision.awaitsReport();
        status = BidStatus.DECIDED;
        changedBy(actor, now);
        return Change.made(new BidEvent.Decided(summary(), decision));
    }

    /** A decision taken under delegation is reported, once, to the committee its route names. */
    public Change<BidEvent.DecisionReported> reportDecision(java.time.LocalDate reportedOn, String reference, String actor,
            Instant now) {
        if (decision == null) {
            return Change.refused(Refusal.notNow("the bid is not decided: there is no decision to report"));
        }
        if (!decision.delegated()) {
            return Change.refused(Refusal.notNow("the decision was not taken under delegation"
                    + (decision.route() == null ? "" : " (route " + decision.route() + ")") + ": it has nothing to report"));
        }
        if (decision.report() != null) {
            return Change.refused(Refusal.notNow("the decision was reported to " + decision.reportTo() + " on "
                    + decision.report().reportedOn() + " already"));
        }
        // a decision with no date of its own was taken when it was recorded (the day in the UK)
        java.time.LocalDate taken = decision.decidedOn() != null ? decision.decidedOn()
                : java.time.LocalDate.ofInstant(decision.decidedAt(), java.time.ZoneId.of("Europe/London"));
        if (reportedOn.isBefore(taken)) {
            return Change.refused(Refusal.invalid(List.of(new RuleViolation("reportedOn", "is before the decision was "
                    + "taken (" + taken + ")"))));
        }
        decision = decision.reported(new Decision.Report(reportedOn, reference, now, actor));
        awaitingReport = false;
        changedBy(actor, now);
        return Change.made(new BidEvent.DecisionReported(summary(), decision));
    }

    /**
     * An organisation named on the bid agrees to its part as it is named, while its answer can still matter: before
     * submission, or at any time before the decision for one without obligations.
     */
    public Change<BidEvent.ParticipantConfirmed> confirm(String organisationId, String note, String actor, Instant now) {
        int index = indexOf(organisationId);
        Optional<Refusal> closed = answering(participants.get(index));
        if (closed.isPresent()) {
            return Change.refused(closed.get());
        }
        if (participants.get(index).hasConfirmed()) {
            return Change.alreadySo();
        }
        List<Participant> answered = new ArrayList<>(participants);
        answered.set(index, participants.get(index).withConsent(Consent.confirmed(actor, now, note)));
        participants = answered;
        changedBy(actor, now);
        return Change.made(new BidEvent.ParticipantConfirmed(summary(), organisationId));
    }

    /** An organisation named on the bid says it does not take part: it is taken off the bid, its reason kept. */
    public Change<BidEvent.ParticipantDeclined> decline(String organisationId, String reason, String actor, Instant now) {
        int index = indexOf(organisationId);
        if (organisationId.equals(leadOrganisationId)) {
            return Change.refused(Refusal.notNow("the lead does not decline its own bid: withdraw it instead"));
        }
        Optional<Refusal> closed = answering(participants.get(index));
        if (closed.isPresent()) {
            return Change.refused(closed.get());
        }
        boolean wasPublic = status.isPublic();
        List<Participant> remaining = new ArrayList<>(participants);
        remaining.remove(index);
        participants = remaining;
        changedBy(actor, now);
        return Change.made(new BidEvent.ParticipantDeclined(summary(), organisationId, reason, actor, wasPublic));
    }

    /**
     * The register's answer now on participants saved while it could not be asked, or whose record was waiting on it
     * (a proposal not yet confirmed): each is verified and its record brought up to date.
     */
    public Change<BidEvent.ParticipantsVerified> verified(RegisterAnswer register, String actor, Instant now) {
        if (status == BidStatus.DECIDED || status == BidStatus.WITHDRAWN) {
            return Change.alreadySo(); // nothing left to verify for
        }
        List<Participant> checked = refreshedBy(register);
        if (checked.equals(participants)) {
            return Change.alreadySo();
        }
        participants = checked;
        changedBy(actor, now);
        return Change.made(new BidEvent.ParticipantsVerified(summary()));
    }

    // --- what the bid says ------------------------------------------------------------------------------------

    public String id() {
        return id;
    }

    public String roundId() {
        return roundId;
    }

    public String funderOrganisationId() {
        return funderOrganisationId;
    }

    public String title() {
        return title;
    }

    public String leadOrganisationId() {
        return leadOrganisationId;
    }

    public BidStatus status() {
        return status;
    }

    public String awardType() {
        return awardType;
    }

    public String fallbackAwardType() {
        return fallbackAwardType;
    }

    public Money amountSought() {
        return amountSought;
    }

    public Money fallbackAmount() {
        return fallbackAmount;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public BidContent content() {
        return content;
    }

    public Decision decision() {
        return decision;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    /** The participant for an organisation named on the bid. */
    public Optional<Participant> participant(String organisationId) {
        return participants.stream().filter(p -> p.organisationId().equals(organisationId)).findFirst();
    }

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

    /** The bid as it stands, for the audit record: what a reader of its history is shown, through the disclosure rule. */
    public BidSnapshot snapshot() {
        return new BidSnapshot(id, roundId, title, status, leadOrganisationId, awardType, fallbackAwardType,
                amountSought, fallbackAmount, participants(), content, decision, submittedAt, version);
    }

    /** What an event says of the bid after the change: with the version the change gives it. */
    BidSummary summary() {
        return new BidSummary(id, roundId, status, title, leadOrganisationId, List.copyOf(organisations()),
                amountSought, unsaved ? 0 : version + 1, submittedAt);
    }

    /** The bid has been written to the database: its next change moves its version on by one. */
    void saved() {
        unsaved = false;
    }

    boolean isUnsaved() {
        return unsaved;
    }

    // --- rules of writing a bid -----------------------------------------------------------------------------

    /**
     * Writes what the council proposes, or refuses with every reason. Participants come with the ids the register
     * resolved; those it confirmed are verified, one it does not know is refused, the others wait for it. The lead always takes part.
     */
    private Optional<Refusal> write(BidDraft draft, FundingRound round, RegisterAnswer register, String actor,
            Instant now) {
        List<RuleViolation> invalid = new ArrayList<>(DraftRules.everyParticipantIdentified(draft.participants()));
        if (invalid.isEmpty()) {
            invalid.addAll(DraftRules.check(draft, leadOrganisationId));
        }
        if (!invalid.isEmpty()) {
            return Optional.of(Refusal.invalid(invalid));
        }
        List<RuleViolation> funder = ParticipationRules.funderTakingPart(draft.participants(), leadOrganisationId, round);
        if (!funder.isEmpty()) {
            return Optional.of(Refusal.funderTakesPart(funder));
        }
        List<RuleViolation> unknown = DraftRules.everyParticipantOnTheRegister(draft.participants(), leadOrganisationId,
                register);
        if (!unknown.isEmpty()) {
            return Optional.of(Refusal.invalid(unknown));
        }
        participants = consents(withLead(draft.participants()), draft, actor, now).stream()
                .map(p -> p.withRegister(register)).toList();
        title = draft.title().strip();
        awardType = draft.awardType();
        fallbackAwardType = draft.fallbackAwardType();
        amountSought = draft.amountSought();
        fallbackAmount = draft.fallbackAmount();
        content = draft.content();
        changedBy(actor, now);
        return Optional.empty();
    }

    /** The lead takes part in every bid it leads, as lead, whether or not the council listed itself. */
    private List<Participant> withLead(List<Participant> named) {
        List<Participant> all = new ArrayList<>(named);
        if (all.stream().noneMatch(p -> p.organisationId().equals(leadOrganisationId))) {
            all.add(0, Participant.lead(leadOrganisationId));
        } else {
            all.replaceAll(p -> p.organisationId().equals(leadOrganisationId) ? p.asLead() : p);
        }
        return all;
    }

    /**
     * What each organisation has said of its part: an answer stands while it is named exactly as it answered and the
     * bid asks for what it asked (award types and amounts); otherwise it is asked again. The lead's bidder making the
     * change is the lead's confirmation.
     */
    private List<Participant> consents(List<Participant> named, BidDraft draft, String actor, Instant now) {
        Map<String, Participant> previous = new HashMap<>();
        participants.forEach(p -> previous.put(p.organisationId(), p));
        boolean sameAsk = Objects.equals(awardType, draft.awardType())
                && Objects.equals(fallbackAwardType, draft.fallbackAwardType())
                && Objects.equals(amountSought, draft.amountSought())
                && Objects.equals(fallbackAmount, draft.fallbackAmount());
        List<Participant> answered = new ArrayList<>();
        for (Participant p : named) {
            Participant was = previous.get(p.organisationId());
            boolean stands = sameAsk && p.namedAsIn(was) && was.consent() != null;
            if (p.organisationId().equals(leadOrganisationId)) {
                answered.add(p.withConsent(stands && was.hasConfirmed() ? was.consent() : Consent.confirmed(actor, now, null)));
            } else {
                answered.add(p.withConsent(stands ? was.consent() : Consent.pending()));
            }
        }
        return answered;
    }

    /**
     * The participants as the register answers now: each it confirms verified, with what it records of it today (a
     * proposal since confirmed or merged, an organisation since ceased); one it was not asked about, or could not
     * answer for, as it was. A participant verified once stays so.
     */
    private List<Participant> refreshedBy(RegisterAnswer register) {
        return participants.stream().map(p -> register.confirms(p.organisationId()) ? p.withRegister(register) : p).toList();
    }

    private int indexOf(String organisationId) {
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).organisationId().equals(organisationId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(organisationId + " is not named on bid " + id);
    }

    /** Whether an organisation named on the bid may still confirm or decline its part. */
    public boolean mayAnswer(String organisationId) {
        return participant(organisationId).map(p -> answering(p).isEmpty()).orElse(false);
    }

    /** An organisation with obligations answers before submission; one without, until the bid is decided. */
    private Optional<Refusal> answering(Participant p) {
        boolean open = status == BidStatus.DRAFT
                || !p.hasObligations() && (status == BidStatus.SUBMITTED || status == BidStatus.IN_ASSESSMENT);
        return open ? Optional.empty() : Optional.of(Refusal.notNow("a " + status + " bid's " + (p.hasObligations()
                ? "accountable participants answered before it was submitted" : "participants no longer answer")));
    }
}
