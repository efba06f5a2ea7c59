package uk.gov.tca.gateway.web.services;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The scoring-service as the web client uses it, with the signed-in user's token. */
@RegisterRestClient(configKey = "scoring")
@RegisterClientHeaders(UserToken.class)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ScoringApi {

    @GET
    @Path("/assignments")
    JsonNode assignments(@QueryParam("round") String round, @QueryParam("bid") String bid, @QueryParam("size") int size);

    @GET
    @Path("/assignments/{id}")
    JsonNode assignment(@PathParam("id") String id);

    @POST
    @Path("/assignments/{id}/acceptance")
    JsonNode accept(@PathParam("id") String id);

    @POST
    @Path("/assignments/{id}/decline")
    JsonNode decline(@PathParam("id") String id, JsonNode reason);

    @POST
    @Path("/assignments/auto")
    JsonNode autoAssign(JsonNode round);

    @GET
    @Path("/assessors")
    JsonNode assessors(@QueryParam("size") int size);

    @GET
    @Path("/assessors/{username}")
    JsonNode assessor(@PathParam("username") String username);

    @POST
    @Path("/assessors/me/interests")
    JsonNode declare(JsonNode interest);

    @GET
    @Path("/conflicts")
    JsonNode conflictsOnBid(@QueryParam("bid") String bid);

    @GET
    @Path("/schemes")
    JsonNode schemes(@QueryParam("round") String round);

    @GET
    @Path("/assessments")
    JsonNode assessments(@QueryParam("bid") String bid, @QueryParam("size") int size);

    @POST
    @Path("/assessments")
    JsonNode startAssessment(JsonNode assessment);

    @PUT
    @Path("/assessments/{id}")
    JsonNode saveAssessment(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode scores);

    @POST
    @Path("/assessments/{id}/submission")
    JsonNode submitAssessment(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("/moderations")
    JsonNode moderations(@QueryParam("round") String round, @QueryParam("flagged") Boolean flagged);

    @GET
    @Path("/rankings/{round}")
    JsonNode ranking(@PathParam("round") String round);

    @GET
    @Path("/decisions/{round}")
    JsonNode decisions(@PathParam("round") String round);

    @POST
    @Path("/decisions/{round}")
    JsonNode decide(@PathParam("round") String round, JsonNode allocation);

    @POST
    @Path("/decisions/{round}/publication")
    JsonNode publish(@PathParam("round") String round);

    @GET
    @Path("/exports/360giving")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    Response threeSixtyGiving(@QueryParam("round") String round, @QueryParam("format") String format);
}
