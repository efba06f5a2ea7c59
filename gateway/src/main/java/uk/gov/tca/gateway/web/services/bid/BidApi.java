package uk.gov.tca.gateway.web.services.bid;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import uk.gov.tca.gateway.web.services.Page;
import uk.gov.tca.gateway.web.services.UserToken;

/** The bid-service as the web client reads it, with the signed-in user's token. */
@RegisterRestClient(configKey = "bid")
@RegisterClientHeaders(UserToken.class)
public interface BidApi {

    @GET
    @Path("/rounds")
    Page<Round> rounds(@QueryParam("size") int size);

    @GET
    @Path("/rounds/{id}")
    Round round(@PathParam("id") String id);

    @GET
    @Path("/bids")
    Page<Bid> bids(@QueryParam("round") String round, @QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    @Path("/bids/{id}")
    Bid bid(@PathParam("id") String id);

    @GET
    @Path("/bids/{id}/appraisal")
    Appraisal appraisal(@PathParam("id") String id);
}
