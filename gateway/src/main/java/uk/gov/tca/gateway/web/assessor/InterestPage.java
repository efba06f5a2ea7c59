package uk.gov.tca.gateway.web.assessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.Views;
import uk.gov.tca.gateway.web.WebErrors.ServiceProblem;
import uk.gov.tca.gateway.web.services.ScoringApi;

/**
 * Declaring an interest in an organisation or a bid, and the interests already declared. The scoring-service
 * decides what a declaration must say ("as noted" is refused) and what it means for assignments.
 */
@Path("/app/interests")
@RolesAllowed("assessor")
@Produces(MediaType.TEXT_HTML)
public class InterestPage {

    private static final Set<String> INTEREST_TYPES = Set.of("DISCLOSABLE_PECUNIARY", "OTHER");

    private final ScoringApi scoring;
    private final SecurityIdentity identity;
    private final Template interests;

    public InterestPage(@RestClient ScoringApi scoring, SecurityIdentity identity, Template interests) {
        this.scoring = scoring;
        this.identity = identity;
        this.interests = interests;
    }

    @GET
    public String interestsPage(@QueryParam("bid") String bid) {
        return interestsView(bid, null, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(MultivaluedMap<String, String> form) {
        Map<String, String> entered = new LinkedHashMap<>();
        for (String field : List.of("type", "organisationId", "bidId", "holder", "nature")) {
            String value = form.getFirst(field);
            if (value != null && !value.isBlank()) {
                entered.put(field, value.trim());
            }
        }
        if (!INTEREST_TYPES.contains(entered.getOrDefault("type", ""))) {
            return Response.status(400).entity(interestsView(entered.get("bidId"),
                    new ServiceProblem(400, "There is a problem", null, List.of("type: choose the kind of interest")), entered)).build();
        }
        ObjectNode interest = JsonNodeFactory.instance.objectNode();
        entered.forEach(interest::put);
        try {
            scoring.declare(interest);
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(interestsView(entered.get("bidId"), problem, entered)).build();
        }
        return Response.seeOther(URI.create("/app/interests?declared=true")).build();
    }

    private String interestsView(String bid, ServiceProblem problem, Map<String, String> entered) {
        JsonNode me = scoring.assessor(identity.getPrincipal().getName());
        return interests.data("bid", bid).data("problem", problem).data("entered", entered)
                .data("declared", Views.plain(me.path("interests"))).render();
    }

}
