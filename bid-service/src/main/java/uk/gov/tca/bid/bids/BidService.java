package uk.gov.tca.bid.bids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import uk.gov.tca.bid.lifecycle.Bid;
import uk.gov.tca.bid.lifecycle.BidAccess;
import uk.gov.tca.bid.lifecycle.BidDraft;
import uk.gov.tca.bid.lifecycle.BidRecorder;
import uk.gov.tca.bid.lifecycle.Bids;
import uk.gov.tca.bid.lifecycle.DecisionTaken;
import uk.gov.tca.bid.lifecycle.DraftRules;
import uk.gov.tca.bid.money.Money;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.RegisterAnswer;
import uk.gov.tca.bid.register.ParticipantChecks;
import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.bid.round.RoundAccess;
import uk.gov.tca.bid.round.RoundService;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.http.PageResult;
import uk.gov.tca.platform.http.Paging;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.rules.RuleViolation;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;

/**
 * Councils' bids, each request in the same steps: ask the register what it needs to know (never while a bid is
 * locked), lock the bid, check who asks and the version they read, then let the bid decide and {@link BidRecorder}
 * keep what it decided.
 */
@ApplicationScoped
public class BidService {

    /** Longest title search a caller may send. */
    static final int MAX_WORDS = 300;

    private final Bids bids;
    private final BidRecorder recorder;
    private final RoundService rounds;
    private final ParticipantChecks register;
    private final Clock clock;

    public BidService(Bids bids, BidRecorder recorder, RoundService rounds, ParticipantChecks register, Clock clock) {
        this.bids = bids;
        this.recorder = recorder;
        this.rounds = rounds;
        this.register = register;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Bid get(Caller caller, String id) {
        return bids.readable(caller, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Bid> search(Caller caller, Bids.Filter filter, Paging paging) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (filter.words() != null && filter.words().length() > MAX_WORDS) {
            violations.add(new Problem.Violation("q", "must be at most " + MAX_WORDS + " characters"));
        }
        if (filter.reference() != null && filter.reference().length() > 100) {
            violations.add(new Problem.Violation("reference", "must be at most 100 characters, as a reference is"));
        }
        if (filter.committee() != null && filter.committee().length() > MAX_WORDS) {
            violations.add(new Problem.Violation("committee", "must be at most " + MAX_WORDS + " characters, as a body's name is"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return bids.search(caller, filter, paging);
    }

    /** A council's bidder starts a bid; its organisation leads it. */
    @Transactional
    public Bid create(Caller caller, BidDraft draft) {
        String lead = requireOrganisation(caller);
        FundingRound round = roundNamed(draft.roundId(), "roundId");
        ParticipantChecks.Checked checked = checked(draft, lead, UnaryOperator.identity());
        Bid bid = Bid.newBid(newId(), round, lead);
        recorder.record(bid, caller.name(), b -> b.draft(draft.withParticipants(checked.participants()), round,
                checked.answer(), caller.name(), now()));
        return bid;
    }

    /**
     * A programme manager records a bid the programme received by other means (on paper, or before this system):
     * submitted when it was, led by the organisation that sent it, its figures taken as written.
     */
    @Transactional
    public Bid importSubmitted(Caller caller, String lead, Instant submittedAt, BidDraft draft) {
        // the lead and the time are the import's own fields; everything else is the bid's, under "bid"
        UnaryOperator<String> inBody = field -> field.equals("submittedAt") || field.equals("leadOrganisationId") ? field
                : "bid." + field;
        FundingRound round = roundNamed(draft.roundId(), "bid.roundId");
        if (!RoundAccess.runs(caller, round.funderOrganisationId)) {
            // another funder's round is, to this manager, one that does not exist
            throw ProblemException.invalid("bid.roundId", "no round " + draft.roundId());
        }
        ParticipantChecks.Checked checked = checked(draft, lead, inBody);
        rounds.holdForSubmission(round);
        Bid bid = Bid.newBid(newId(), round, lead);
        recorder.record(bid, caller.name(), inBody, b -> b.receive(draft.withParticipants(checked.participants()), round,
                submittedAt, checked.answer(), caller.name(), now()));
        return bid;
    }

    /** The lead's bidder changes its draft, naming the version it read. */
    @Transactional
    public Bid update(Caller caller, String id, String ifMatch, BidDraft draft) {
        Bid read = bids.beforeLock(caller, id);
        requireLead(caller, read, "only the lead organisation's bidders change this bid");
        // a bid no longer a draft is refused for that (409), whatever version was read; a stale one before its body
        if (read.isDraft()) {
            ETags.requireMatch(ifMatch, read.version);
        }
        ParticipantChecks.Checked checked = read.isDraft() ? checked(draft, read.leadOrganisationId(),
                UnaryOperator.identity()) : ParticipantChecks.Checked.unasked(draft.participants());
        Bid bid = bids.forChange(caller, id);
        if (bid.isDraft()) {
            ETags.requireMatch(ifMatch, bid.version); // changed while the register was asked
        }
        FundingRound round = rounds.get(bid.roundId());
        recorder.record(bid, caller.name(), b -> b.revise(draft.withParticipants(checked.participants()), round,
                checked.answer(), caller.name(), now()));
        return bid;
    }

    /** The lead's bidder submits; the register is asked again about every participant first, as it stands today. */
    @Transactional
    public Bid submit(Caller caller, String id) {
        Bid read = bids.beforeLock(caller, id);
        requireLead(caller, read, "only the lead organisation submits its bid");
        // every participant asked again: what the register records of each (ceased, merged, confirmed) is as of now
        RegisterAnswer answer = !read.isDraft() ? RegisterAnswer.none() : register.answer(read.participants().stream()
                .map(Participant::organisationId).toList());
        Bid bid = bids.forChange(caller, id);
        FundingRound round = rounds.get(bid.roundId());
        rounds.holdForSubmission(round);
        recorder.record(bid, caller.name(), b -> b.submit(round, answer, caller.name(), now()));
        return bid;
    }

    @Transactional
    public Bid withdraw(Caller caller, String id, String reason) {
        Bid bid = bids.forChange(caller, id);
        requireLead(caller, bid, "only the lead organisation withdraws its bid");
        recorder.record(bid, caller.name(), b -> b.withdraw(reason, caller.name(), now()));
        return bid;
    }

    /** A programme manager sends a submitted bid back to its council to correct, saying why. */
    @Transactional
    public Bid returnToDraft(Caller caller, String id, String reason) {
        Bid bid = bids.forChange(caller, id);
        recorder.record(bid, caller.name(), b -> b.returnToDraft(reason, caller.name(), now()));
        return bid;
    }

    /**
     * The funding decision, once. The scoring-service's publication records it in any round; in a round that routes
     * its decisions, the funder's programme managers record each decision as its committee or officer takes it — a
     * competition without routes is decided only through the scoring-service, whose allocation keeps to the ranking.
     */
    @Transactional
    public Bid decide(Caller caller, String id, DecisionTaken taken) {
        Bid bid = bids.forChange(caller, id);
        FundingRound round = rounds.get(bid.roundId());
        if (!caller.is(Roles.SERVICE)) {
            if (!BidAccess.isFundersManager(caller, bid)) {
                throw ProblemException.forbidden("only the programme managers of the round's funder record its decisions");
            }
            if (round.approvalRoutes.isEmpty()) {
                throw ProblemException.forbidden("the round " + round.id + " sets no approval routes: its decisions are "
                        + "published from the scoring-service's allocation");
            }
        }
        recorder.record(bid, caller.name(), b -> b.decide(taken, round, caller.name(), now()));
        return bid;
    }

    /** A programme manager of the funder records that a delegated decision was reported to its committee. */
    @Transactional
    public Bid reportDecision(Caller caller, String id, java.time.LocalDate reportedOn, String reference) {
        Bid bid = bids.forChange(caller, id);
        if (!BidAccess.isFundersManager(caller, bid)) {
            throw ProblemException.forbidden("only the programme managers of the round's funder record its reports");
        }
        recorder.record(bid, caller.name(), b -> b.reportDecision(reportedOn, reference, caller.name(), now()));
        return bid;
    }

    /**
     * A bidder of a named organisation agrees to its part as it read it: If-Match names the version it agrees to, so a
     * change made between its reading and its answer is never agreed to unseen. Agreeing again changes nothing.
     */
    @Transactional
    public Bid confirm(Caller caller, String id, String organisationId, String ifMatch, String note) {
        Bid bid = bids.forChange(caller, id);
        requireAnswersFor(caller, bid, organisationId);
        // one that may no longer answer is told so (409) whatever it read; agreeing again needs no version
        if (bid.mayAnswer(organisationId) && !bid.participant(organisationId).orElseThrow().hasConfirmed()) {
            ETags.requireMatch(ifMatch, bid.version);
        }
        recorder.record(bid, caller.name(), b -> b.confirm(organisationId, note, caller.name(), now()));
        return bid;
    }

    /** A bidder of a named organisation says it does not take part: it is taken off the bid, its reason kept. */
    @Transactional
    public Bid decline(Caller caller, String id, String organisationId, String reason) {
        Bid bid = bids.forChange(caller, id);
        requireAnswersFor(caller, bid, organisationId);
        recorder.record(bid, caller.name(), b -> b.decline(organisationId, reason, caller.name(), now()));
        return bid;
    }

    /**
     * What the register says of the draft's participants. A name it cannot resolve is a reason the draft cannot be
     * kept, answered with every other reason the draft's own rules give.
     */
    private ParticipantChecks.Checked checked(BidDraft draft, String lead, UnaryOperator<String> fieldInRequest) {
        ParticipantChecks.Checked checked = register.check(draft.participants(), lead);
        if (!checked.unresolved().isEmpty()) {
            List<RuleViolation> all = new ArrayList<>(checked.unresolved());
            all.addAll(DraftRules.check(draft, lead));
            throw ProblemException.invalid(all.stream()
                    .map(v -> new Problem.Violation(fieldInRequest.apply(v.field()), v.reason())).toList());
        }
        return checked;
    }

    private FundingRound roundNamed(String roundId, String field) {
        FundingRound round = rounds.find(roundId);
        if (round == null) {
            throw ProblemException.invalid(field, "no round " + roundId);
        }
        return round;
    }

    private static void requireLead(Caller caller, Bid bid, String why) {
        if (!BidAccess.isLeadBidder(caller, bid)) {
            throw ProblemException.forbidden(why);
        }
    }

    private static void requireAnswersFor(Caller caller, Bid bid, String organisationId) {
        if (bid.participant(organisationId).isEmpty()) {
            throw ProblemException.notFound("Participant " + organisationId + " of bid " + bid.id());
        }
        if (!BidAccess.answersFor(caller, organisationId)) {
            throw ProblemException.forbidden("only " + organisationId + "'s own bidders answer for " + organisationId);
        }
    }

    private static String requireOrganisation(Caller caller) {
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            throw ProblemException.forbidden("your token carries no organisation (claim org): ask for it to be set on "
                    + "your account");
        }
        return caller.organisation();
    }

    private static String newId() {
        return "bid-" + UUID.randomUUID();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
