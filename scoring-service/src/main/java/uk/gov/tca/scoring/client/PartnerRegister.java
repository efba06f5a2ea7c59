package uk.gov.tca.scoring.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * What the partner-service says about organisations. A conflict of interest cannot be ruled out without it,
 * so when it does not answer the caller is told to try again (503), never that there is no conflict.
 */
@ApplicationScoped
public class PartnerRegister {

    private static final Logger LOG = Logger.getLogger(PartnerRegister.class);

    private final PartnerClient client;

    public PartnerRegister(@RestClient PartnerClient client) {
        this.client = client;
    }

    /** The organisations related to one, each with the links that relate them ("SHARED_WORKFORCE"). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100)
    @Fallback(fallbackMethod = "relatedUnavailable")
    public Map<String, String> related(String organisationId) {
        try {
            PartnerClient.Related related = client.related(organisationId);
            Map<String, String> byId = new LinkedHashMap<>();
            if (related != null && related.related() != null) {
                for (PartnerClient.RelatedOrganisation r : related.related()) {
                    String why = r.links() == null ? "RELATED" : String.join(", ", r.links().stream()
                            .map(l -> l.type() != null ? l.type() : l.kind())
                            .map(s -> s == null ? "RELATED" : s).distinct().toList());
                    byId.put(r.organisation().id(), why);
                }
            }
            return byId;
        } catch (WebApplicationException e) {
            if (notOnTheRegister(e)) {
                return Map.of();
            }
            throw e;
        }
    }

    /** The organisation as the register holds it, if it does. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100)
    @Fallback(fallbackMethod = "organisationUnavailable")
    public Optional<PartnerClient.Organisation> organisation(String organisationId) {
        try {
            return Optional.ofNullable(client.organisation(organisationId));
        } catch (WebApplicationException e) {
            if (notOnTheRegister(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Map<String, String> relatedUnavailable(String organisationId, Throwable cause) {
        LOG.warnf("Organisations related to %s could not be read from the partner-service: %s", organisationId, cause.toString());
        throw unavailable();
    }

    Optional<PartnerClient.Organisation> organisationUnavailable(String organisationId, Throwable cause) {
        LOG.warnf("Organisation %s could not be read from the partner-service: %s", organisationId, cause.toString());
        throw unavailable();
    }

    /** 404, or 400 for an id the register could not hold: either way no such organisation, and no relations. */
    private static boolean notOnTheRegister(WebApplicationException e) {
        return e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400;
    }

    static ProblemException unavailable() {
        return ProblemException.unavailable("The partner-service register cannot be reached, so conflicts of interest "
                + "cannot be checked; try again shortly", 30);
    }
}
