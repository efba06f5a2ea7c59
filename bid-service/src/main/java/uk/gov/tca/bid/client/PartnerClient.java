package uk.gov.tca.bid.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of the partner-service contract (partner-service/src/main/openapi/openapi.yaml) this service uses. */
@Path("/organisations")
@RegisterRestClient(configKey = "partner")
@RegisterClientHeaders(CallerTokenHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerClient {

    /** 200 with the organisation, 404 when it is not on the register. */
    @GET
    @Path("/{id}")
    Response organisation(@PathParam("id") String id);
}
