package uk.gov.tca.scoring.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The partner-service's change feed: links between organisations recorded or ended (partner-service contract). */
@Path("/feed")
@RegisterRestClient(configKey = "partner")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface RegisterFeedClient {

    @GET
    Feed.Page feed(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
