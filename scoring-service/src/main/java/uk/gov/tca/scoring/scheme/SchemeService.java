package uk.gov.tca.scoring.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.rules.RuleViolation;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.client.BidServiceCalls;
import uk.gov.tca.scoring.client.BidServiceClient;

/** Writes schemes under their rules; a scheme whose scores are in cannot change what they mean. */
@ApplicationScoped
@Transactional
public class SchemeService {

    private final AuditLog audit;
    private final SchemeUse use;
    private final Clock clock;
    private final BidServiceCalls bids;

    public SchemeService(AuditLog audit, SchemeUse use, Clock clock, BidServiceCalls bids) {
        this.bids = bids;
        this.audit = audit;
        this.use = use;
        this.clock = clock;
    }

    /** A programme manager sets the scheme of a round its own funder runs (the bid-service says whose it is). */
    public Scheme create(Caller caller, SchemeInput input) {
        check(input);
        Optional<Scheme> existing = Scheme.forRound(input.roundId());
        if (existing.isPresent()) {
            if (!existing.get().runBy(caller)) {
                throw noRound(input.roundId());
            }
            throw ProblemException.conflict("round " + input.roundId() + " already has a scheme");
        }
        BidServiceClient.Round round = roundRunBy(caller, input.roundId());
        return create(caller.name(), round.funderOrganisationId(), input);
    }

    /** A scheme for a round of the funder named (the demo data's, set at start-up before any round is read). */
    public Scheme create(String actor, String funder, SchemeInput input) {
        check(input);
        if (Scheme.forRound(input.roundId()).isPresent()) {
            throw ProblemException.conflict("round " + input.roundId() + " already has a scheme");
        }
        Scheme scheme = new Scheme();
        scheme.id = input.roundId();
        scheme.funderOrganisationId = funder;
        apply(scheme, input);
        scheme.createdBy(actor, clock.instant());
        scheme.persistAndFlush();
        audit.record(actor, "SCHEME_CREATED", "scheme", scheme.id, null, scheme.snapshot());
        return scheme;
    }

    public Scheme update(Caller caller, String id, String ifMatch, SchemeInput input) {
        String actor = caller.name();
        Scheme scheme = get(caller, id);
        ETags.requireMatch(ifMatch, scheme.version);
        check(input);
        if (!input.roundId().equals(scheme.roundId)) {
            throw ProblemException.invalid("roundId", "a scheme stays with its round (" + scheme.roundId + ")");
        }
        if (use.assessmentsSubmittedIn(scheme.roundId)) {
            throw ProblemException.conflict("assessments of round " + scheme.roundId
                    + " have been submitted against this scheme; changing it would change what their scores mean");
        }
        var before = scheme.snapshot();
        apply(scheme, input);
        scheme.changedBy(actor, clock.instant());
        scheme.persistAndFlush();
        audit.record(actor, "SCHEME_UPDATED", "scheme", scheme.id, before, scheme.snapshot());
        return scheme;
    }

    /** The scheme as the caller may read it: another funder's is, to a programme manager, not there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scheme get(Caller caller, String id) {
        Scheme scheme = Scheme.findById(id);
        if (scheme == null || !readableBy(caller, scheme)) {
            throw ProblemException.notFound("Scheme " + id);
        }
        return scheme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scheme forRound(Caller caller, String roundId) {
        return Scheme.forRound(roundId).filter(s -> readableBy(caller, s))
                .orElseThrow(() -> ProblemException.notFound("A scheme for round " + roundId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Scheme> all(Caller caller) {
        return Scheme.<Scheme>listAll(io.quarkus.panache.common.Sort.by("roundId")).stream()
                .filter(s -> readableBy(caller, s)).toList();
    }

    /** Assessors read every scheme (they score for whichever funder engages them); managers their funder's. */
    private static boolean readableBy(Caller caller, Scheme scheme) {
        return !caller.is(Roles.PROGRAMME_MANAGER) || scheme.runBy(caller);
    }

    /**
     * The funder of the round, as the bid-service has it, which must be the manager's own: a round of another
     * funder is, to this manager, a round that does not exist (the same 400 as one the bid-service does not have).
     */
    private BidServiceClient.Round roundRunBy(Caller caller, String roundId) {
        BidServiceClient.Round round;
        try {
            round = bids.round(roundId);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                throw noRound(roundId);
            }
            throw e;
        }
        if (round.funderOrganisationId() == null || !round.funderOrganisationId().equals(caller.organisation())) {
            throw noRound(roundId);
        }
        return round;
    }

    private static ProblemException noRound(String roundId) {
        return ProblemException.invalid("roundId", "no round " + roundId + " that you run");
    }

    private static void check(SchemeInput input) {
        var violations = SchemeRules.check(input.criteria(), input.scale(), input.justificationMinLengthOrDefault(),
                input.assessorsPerBidOrDefault(), input.moderationOrDefault(), input.minimumQualityScore());
        if (!violations.isEmpty()) {
            throw ProblemException.invalidBy(violations);
        }
    }

    private static void apply(Scheme scheme, SchemeInput input) {
        scheme.roundId = input.roundId();
        scheme.name = input.name();
        scheme.criteria = List.copyOf(input.criteria());
        scheme.scale = input.scale();
        scheme.justificationMinLength = input.justificationMinLengthOrDefault();
        scheme.confidenceEnabled = input.confidenceEnabledOrDefault();
        scheme.assessorsPerBid = input.assessorsPerBidOrDefault();
        scheme.moderation = input.moderationOrDefault();
        scheme.minimumQualityScore = input.minimumQualityScore();
    }
}
