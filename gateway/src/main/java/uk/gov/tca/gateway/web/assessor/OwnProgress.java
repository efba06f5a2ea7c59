package uk.gov.tca.gateway.web.assessor;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.services.scoring.Assessment;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;

/**
 * How far the signed-in assessor's own scores have got on each bid ({@code inject:progress.status(row)}), so its
 * list says "submitted" once they are, not "accepted" for ever. Asked once a page; where the scoring-service cannot
 * say, the assignment's own status stands.
 */
@RequestScoped
@Named("progress")
public class OwnProgress {

    private final ScoringApi scoring;
    private final SecurityIdentity identity;
    private Map<String, String> byBid;

    public OwnProgress(@RestClient ScoringApi scoring, SecurityIdentity identity) {
        this.scoring = scoring;
        this.identity = identity;
    }

    /** The status the row shows: an accepted assignment's scores as DRAFT or SUBMITTED once begun, else its own. */
    public String status(uk.gov.tca.gateway.web.services.scoring.Assignment row) {
        if (!"ACCEPTED".equals(row.status())) {
            return row.status();
        }
        return own().getOrDefault(row.bidId(), row.status());
    }

    private Map<String, String> own() {
        if (byBid == null) {
            byBid = new HashMap<>();
            try {
                for (Assessment a : scoring.assessmentsBy(identity.getPrincipal().getName(), 200).items()) {
                    byBid.put(a.bidId(), a.submitted() ? "SUBMITTED" : "DRAFT");
                }
            } catch (WebApplicationException | ProcessingException e) {
                // the assignment's own status stands
            }
        }
        return byBid;
    }
}
