package uk.gov.tca.scoring.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.platform.http.ETags;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.rules.RuleViolation;

/** Writes schemes under their rules; a scheme whose scores are in cannot change what they mean. */
@ApplicationScoped
@Transactional
public class SchemeService {

    private final AuditLog audit;
    private final SchemeUse use;
    private final Clock clock;

    public SchemeService(AuditLog audit, SchemeUse use, Clock clock) {
        this.audit = audit;
        this.use = use;
        this.clock = clock;
    }

    public Scheme create(String actor, SchemeInput input) {
        check(input);
        if (Scheme.forRound(input.roundId()).isPresent()) {
            throw ProblemException.conflict("round " + input.roundId() + " already has a scheme");
        }
        Scheme scheme = new Scheme();
        scheme.id = input.roundId();
        apply(scheme, input);
        scheme.createdBy(actor, clock.instant());
        scheme.persistAndFlush();
        audit.record(actor, "SCHEME_CREATED", "scheme", scheme.id, null, scheme.snapshot());
        return scheme;
    }

    public Scheme update(String actor, String id, String ifMatch, SchemeInput input) {
        Scheme scheme = get(id);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scheme get(String id) {
        Scheme scheme = Scheme.findById(id);
        if (scheme == null) {
            throw ProblemException.notFound("Scheme " + id);
        }
        return scheme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scheme forRound(String roundId) {
        return Scheme.forRound(roundId).orElseThrow(() -> ProblemException.notFound("A scheme for round " + roundId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Scheme> all() {
        return Scheme.listAll(io.quarkus.panache.common.Sort.by("roundId"));
    }

    private static void check(SchemeInput input) {
        var violations = SchemeRules.check(input.criteria(), input.scale(), input.justificationMinLengthOrDefault(),
                input.assessorsPerBidOrDefault(), input.moderationOrDefault());
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
    }
}
