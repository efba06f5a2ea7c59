package uk.gov.tca.scoring.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of the bid-service contract (bid-service/src/main/openapi/openapi.yaml) this service uses, always
 * with its own service-account token: the change feed, a bid and its appraisal, a round's budget, access
 * grants for assessors and the funding decision.
 */
@RegisterRestClient(configKey = "bid")
@OidcClientFilter
@Produces(MediaType.APPLICATION_JSON)
public interface BidServiceClient {

    @GET
    @Path("/feed")
    Feed.Page feed(@QueryParam("after") String after, @QueryParam("limit") int limit);

    /** The bids of a round this service's account may read: those submitted, in assessment or decided. */
    @GET
    @Path("/bids")
    BidPage bids(@QueryParam("round") String round, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/rounds")
    RoundPage rounds(@QueryParam("page") int page, @QueryParam("size") int size);

    /** The bid as the bid-service holds it, kept as JSON: the export reads a few of its many parts. */
    @GET
    @Path("/bids/{id}")
    JsonNode bid(@PathParam("id") String id);

    @GET
    @Path("/bids/{id}/appraisal")
    Appraisal appraisal(@PathParam("id") String id);

    @GET
    @Path("/rounds/{id}")
    Round round(@PathParam("id") String id);

    @PUT
    @Path("/bids/{id}/access-grants/{assessor}")
    @Consumes(MediaType.WILDCARD)
    void grant(@PathParam("id") String bidId, @PathParam("assessor") String assessor);

    @DELETE
    @Path("/bids/{id}/access-grants/{assessor}")
    void revoke(@PathParam("id") String bidId, @PathParam("assessor") String assessor);

    @POST
    @Path("/bids/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode decide(@PathParam("id") String bidId, @HeaderParam("Idempotency-Key") String key, DecisionInput decision);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BidPage(List<JsonNode> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoundPage(List<Round> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Appraisal(BigDecimal benefitCostRatio, BigDecimal roi, Integer paybackYear, List<String> notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Round(String id, String programme, String name, String funderOrganisationId, Instant opensAt,
            Instant closesAt, BigDecimal budget, boolean fundersOwnServices) {
    }

    record Money(BigDecimal amount, String qualifier, String scale) {
    }

    record DecisionInput(String outcome, Money amountAwarded, String reason) {
    }
}
