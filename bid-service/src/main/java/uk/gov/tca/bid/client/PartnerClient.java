package uk.gov.tca.bid.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
}
