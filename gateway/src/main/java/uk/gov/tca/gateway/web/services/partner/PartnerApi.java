package uk.gov.tca.gateway.web.services.partner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.gov.tca.gateway.web.services.UserToken;

/** The partner-service register as the web client reads it, with the signed-in user's token: names for ids. */
@RegisterRestClient(configKey = "partner")
@RegisterClientHeaders(UserToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PartnerApi {

    @GET
    @Path("/organisations/{id}")
    Organisation organisation(@PathParam("id") String id);

    /** The register searched by name, alias or identifier, best match first. */
    @GET
    @Path("/organisations")
    uk.gov.tca.gateway.web.services.Page<Organisation> search(@jakarta.ws.rs.QueryParam("q") String q,
            @jakarta.ws.rs.QueryParam("size") int size);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String id, String legalName) {
    }
}
