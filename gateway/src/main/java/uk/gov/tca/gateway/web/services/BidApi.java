package uk.gov.tca.gateway.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The bid-service as the web client reads it, with the signed-in user's token. */
@RegisterRestClient(configKey = "bid")
@RegisterClientHeaders(UserToken.class)
public interface BidApi {

    @GET
    @Path("/rounds")
    JsonNode rounds(@QueryParam("size") int size);

    @GET
    @Path("/rounds/{id}")
    JsonNode round(@PathParam("id") String id);

    @GET
    @Path("/bids")
    JsonNode bids(@QueryParam("round") String round, @QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    @Path("/bids/{id}")
    JsonNode bid(@PathParam("id") String id);

    @GET
    @Path("/bids/{id}/appraisal")
    JsonNode appraisal(@PathParam("id") String id);
}
