package uk.gov.tca.bid.register;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the partner-service contract (partner-service/src/main/openapi/openapi.yaml) this service uses,
 * called with the bid-service's own service-account token, so checks run the same whether a user or the
 * background verifier asks.
 */
@Path("/organisations")
@RegisterRestClient(configKey = "partner")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerClient {

    /** 200 with the organisation, 404 when it is not on the register. */
    @GET
    @Path("/{id}")
    Response organisation(@PathParam("id") String id);

    /** Ranked candidates for names as a bid writes them. */
    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    Resolution resolve(ResolveRequest request);

    record ResolveRequest(List<String> names, Integer limit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resolution(List<Result> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(String name, List<Candidate> candidates) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Candidate(Organisation organisation, double score, String matchedName, String match) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String id, String legalName, java.time.LocalDate endDate, List<String> successors,
            Boolean verified, String mergedInto) {
    }
}
