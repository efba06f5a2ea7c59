package uk.gov.tca.scoring.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;
import uk.gov.tca.platform.security.Roles;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.client.PartnerRegister;
import uk.gov.tca.scoring.intake.BidInRound;
import uk.gov.tca.scoring.scheme.RoundFunders;
import uk.gov.tca.scoring.scheme.Scheme;

/**
 * Applies the conflict rules with what the partner-service knows of the assessor's organisations. One finder
 * per question: relations are asked once per organisation, however many bids are checked.
 */
@ApplicationScoped
public class ConflictFinder {

    private final PartnerRegister register;
    private final Clock clock;

    private final RoundFunders funders;

    public ConflictFinder(PartnerRegister register, Clock clock, RoundFunders funders) {
        this.funders = funders;
        this.register = register;
        this.clock = clock;
    }

    /**
     * The conflicts on a bid: every active assessor's for a programme manager; an assessor's own otherwise
     * (none when it has no profile or the bid is not in assessment).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conflict> onBid(Caller caller, String bidId) {
        BidInRound bid = BidInRound.findById(bidId);
        Session session = session();
        if (!caller.is(Roles.PROGRAMME_MANAGER)) {
            Assessor self = Assessor.findById(caller.name());
            return self == null || bid == null ? List.of() : session.conflicts(self, bid);
        }
        if (bid == null) {
            throw ProblemException.notFound("Bid " + bidId + " in assessment");
        }
        funders.requireRuns(caller, bid.roundId);
        List<Conflict> found = new ArrayList<>();
        for (Assessor a : Assessor.<Assessor>list("active", true)) {
            found.addAll(session.conflicts(a, bid));
        }
        return found;
    }

    /** An assessor's conflicts on the bids open to assessment: its own ('me'), or any for a programme manager. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Conflict> ofAssessor(Caller caller, String assessor) {
        String who = "me".equals(assessor) ? caller.name() : assessor;
        Assessor a = Assessor.findById(who);
        if (a == null || !caller.is(Roles.PROGRAMME_MANAGER) && !who.equals(caller.name())) {
            throw ProblemException.notFound("Assessor " + assessor);
        }
        Session session = session();
        // a programme manager sees conflicts on its own funder's bids only; an assessor its own on every bid
        boolean asManager = caller.is(Roles.PROGRAMME_MANAGER) && !who.equals(caller.name());
        List<Conflict> found = new ArrayList<>();
        for (BidInRound bid : BidInRound.<BidInRound>list("status", BidInRound.Status.OPEN)) {
            if (!asManager || caller.organisation() != null && caller.organisation().equals(session.funderOf(bid))) {
                found.addAll(session.conflicts(a, bid));
            }
        }
        return found;
    }

    /** A view of conflicts that remembers relations it has asked for. */
    public Session session() {
        return new Session();
    }

    public final class Session {

        private final Map<String, Map<String, String>> related = new HashMap<>();
        private final Map<String, java.util.Optional<Scheme>> schemes = new HashMap<>();

        /** Whether each round is its funder's own programme, as the bid-service says now: asked once, when it matters. */
        private final Map<String, Boolean> ownServices = new HashMap<>();

        /** The funder of the bid's round as its scheme recorded it; null before the round has a scheme. */
        String funderOf(BidInRound bid) {
            return schemeOf(bid).map(s -> s.funderOrganisationId).orElse(null);
        }

        private java.util.Optional<Scheme> schemeOf(BidInRound bid) {
            return schemes.computeIfAbsent(bid.roundId, Scheme::forRound);
        }

        public List<Conflict> conflicts(Assessor assessor, BidInRound bid) {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
            Map<String, Map<String, String>> relations = new HashMap<>();
            for (String org : ConflictRules.organisationsOf(assessor, today)) {
                relations.put(org, related.computeIfAbsent(org, register::related));
            }
            return ConflictRules.of(assessor, bid.bidId, funderOf(bid),
                    () -> ownServices.computeIfAbsent(bid.roundId, funders::ownServices), bid.organisations, relations, today);
        }

        public boolean blocked(Assessor assessor, BidInRound bid) {
            return conflicts(assessor, bid).stream().anyMatch(Conflict::blocking);
        }
    }
}
