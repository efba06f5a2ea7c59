package uk.gov.tca.scoring.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.client.PartnerRegister;
import uk.gov.tca.scoring.intake.BidInRound;

/**
 * Applies the conflict rules with what the partner-service knows of the assessor's organisations. One finder
 * per question: relations are asked once per organisation, however many bids are checked.
 */
@ApplicationScoped
public class ConflictFinder {

    private final PartnerRegister register;
    private final Clock clock;

    public ConflictFinder(PartnerRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** A view of conflicts that remembers relations it has asked for. */
    public Session session() {
        return new Session();
    }

    public final class Session {

        private final Map<String, Map<String, String>> related = new HashMap<>();

        public List<Conflict> conflicts(Assessor assessor, BidInRound bid) {
            Map<String, Map<String, String>> relations = new HashMap<>();
            for (String org : ConflictRules.organisationsOf(assessor)) {
                relations.put(org, related.computeIfAbsent(org, register::related));
            }
            return ConflictRules.of(assessor, bid.bidId, bid.organisations, relations,
                    LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))));
        }

        public boolean blocked(Assessor assessor, BidInRound bid) {
            return conflicts(assessor, bid).stream().anyMatch(Conflict::blocking);
        }
    }
}
