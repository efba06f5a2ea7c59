package uk.gov.tca.gateway.web.assessor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.scoring.Assessor.Interest;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.NewInterest;

/**
 * Declaring an interest in an organisation or a bid, and the interests already declared. The scoring-service
 * decides what a declaration must say ("as noted" is refused) and what it means for assignments.
 */
@Path("/app/interests")
@RolesAllowed("assessor")
@Produces(MediaType.TEXT_HTML)
public class InterestPage {

    private static final Set<String> INTEREST_TYPES = Set.of("DISCLOSABLE_PECUNIARY", "OTHER");
    private static final NewInterest NOTHING_ENTERED = new NewInterest(null, null, null, null, null);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance interests(InterestsView view);
    }

    private final ScoringApi scoring;
    private final SecurityIdentity identity;

    public InterestPage(@RestClient ScoringApi scoring, SecurityIdentity identity) {
        this.scoring = scoring;
        this.identity = identity;
    }

    @GET
    public String interestsPage(@QueryParam("bid") String bid) {
        return page(bid, null, NOTHING_ENTERED);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(MultivaluedMap<String, String> form) {
        NewInterest entered = new NewInterest(filled(form, "type"), filled(form, "organisationId"), filled(form, "bidId"),
                filled(form, "holder"), filled(form, "nature"));
        if (entered.type() == null || !INTEREST_TYPES.contains(entered.type())) {
            return Response.status(400).entity(page(entered.bidId(),
                    ServiceProblem.invalid("There is a problem", "type: choose the kind of interest"), entered)).build();
        }
        try {
            scoring.declare(entered);
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(page(entered.bidId(), problem, entered)).build();
        }
        return Response.seeOther(URI.create("/app/interests?declared=true")).build();
    }

    private String page(String bid, ServiceProblem problem, NewInterest entered) {
        return Templates.interests(new InterestsView(bid, problem, entered, declared())).render();
    }

    /** An assessor without a profile yet has declared nothing; declaring tells it what the service needs first. */
    private List<Interest> declared() {
        try {
            return scoring.assessor(identity.getPrincipal().getName()).interests();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    private static String filled(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
