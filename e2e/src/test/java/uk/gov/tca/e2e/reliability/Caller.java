package uk.gov.tca.e2e.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import uk.gov.tca.e2e.Keycloak;

/**
 * Who calls: the roles of the security model, each as a real Keycloak login of the local realm, seen from the
 * fixture's bids (all Babergh's): its own council, another council, an assessor assigned to the bid, one
 * not assigned, one conflicted (employed by Mid Suffolk, which shares its workforce with Babergh); and the manager of
 * another funder, who runs Worcestershire's own fund and none of DCLG's rounds the fixture's bids are in.
 */
public enum Caller {
    NONE(null),
    BIDDER_OWN("bidder.babergh"),
    BIDDER_OTHER("bidder.cheshirewest"),
    ASSESSOR_ASSIGNED("assessor.dclg"),
    ASSESSOR_UNASSIGNED("assessor2.dclg"),
    ASSESSOR_CONFLICTED("assessor.midsuffolk"),
    MANAGER("manager.dclg"),
    /** Worcestershire County Council's programme manager: another funder, to whom DCLG's rounds are not there. */
    FUNDER_OTHER("manager.worcestershire"),
    INTEGRATOR("gov-integrator");

    final String username;

    Caller(String username) {
        this.username = username;
    }

    private record Held(String token, Instant at) {
    }

    private static final Map<Caller, Held> TOKENS = new EnumMap<>(Caller.class);

    /** A fresh enough access token (the realm's last 15 minutes; one is renewed after 10). */
    public String token() {
        if (this == NONE) {
            return null;
        }
        synchronized (TOKENS) {
            return held();
        }
    }

    private String held() {
        Held held = TOKENS.get(this);
        if (held == null || held.at().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
            held = new Held(this == INTEGRATOR ? Keycloak.integratorToken() : Keycloak.tokenFor(username), Instant.now());
            TOKENS.put(this, held);
        }
        return held.token();
    }
}
