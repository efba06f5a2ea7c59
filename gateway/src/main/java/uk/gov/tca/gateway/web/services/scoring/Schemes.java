package uk.gov.tca.gateway.web.services.scoring;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;

/** A round's scheme as pages ask for it: a round without one yet is answered 404 by the service, here "none". */
public final class Schemes {

    private Schemes() {
    }

    public static Optional<Scheme> ofRound(ScoringApi scoring, String roundId) {
        try {
            return scoring.schemes(roundId).stream().findFirst();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
