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
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.partner.PartnerApi;
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

        static native TemplateInstance interestCheck(NewInterest entered, ScoringApi.DeclarationPreview preview,
                String bidTitle);
    }

    private final ScoringApi scoring;
    private final PartnerApi register;
    private final SecurityIdentity identity;

    public InterestPage(@RestClient ScoringApi scoring, @RestClient PartnerApi register, SecurityIdentity identity) {
        this.scoring = scoring;
        this.register = register;
        this.identity = identity;
    }

    /**
     * The form; {@code q}: a search of the register, whose results are the organisations to choose from;
     * {@code declared}: set by the redirect after a declaration, for its confirmation.
     */
    @GET
    public String interestsPage(@QueryParam("bid") String bid, @QueryParam("q") String q,
            @QueryParam("organisationId") String organisationId, @QueryParam("declared") boolean declared) {
        return page(bid, null, new NewInterest(null, organisationId, bid, null, null), q, declared);
    }

    /**
     * Checks the declaration as the scoring-service would, without making it, and shows what it would end: the
     * assessor confirms knowing which assignments it takes away.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(MultivaluedMap<String, String> form) {
        NewInterest entered = entered(form);
        if (entered.type() == null || !INTEREST_TYPES.contains(entered.type())) {
            return Response.status(400).entity(page(entered.bidId(),
                    ServiceProblem.invalid("There is a problem", "Choose the kind of interest"), entered,
                    filled(form, "q"), false)).build();
        }
        ScoringApi.DeclarationPreview preview;
        try {
            preview = scoring.previewDeclaration(entered);
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(page(entered.bidId(), problem, entered, filled(form, "q"), false))
                    .build();
        }
        String bidTitle = entered.bidId() == null ? null : scoring.assignments(null, entered.bidId(), 10).items().stream()
                .map(a -> a.title()).filter(t -> t != null).findFirst().orElse(entered.bidId());
        return Response.ok(Templates.interestCheck(entered, preview, bidTitle).render()).build();
    }

    /** The declaration, confirmed: made, then the form again with its confirmation (POST-redirect-GET). */
    @POST
    @Path("/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(MultivaluedMap<String, String> form) {
        NewInterest entered = entered(form);
        try {
            scoring.declare(entered);
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(page(entered.bidId(), problem, entered, null, false)).build();
        }
        return Response.seeOther(URI.create("/app/interests?declared=true")).build();
    }

    private static NewInterest entered(MultivaluedMap<String, String> form) {
        return new NewInterest(filled(form, "type"), filled(form, "organisationId"), filled(form, "bidId"),
                filled(form, "holder"), filled(form, "nature"));
    }

    private String page(String bid, ServiceProblem problem, NewInterest entered, String query, boolean justDeclared) {
        String q = query == null || query.isBlank() ? null : query.strip();
        List<PartnerApi.Organisation> found = q == null ? null : register.search(q, 20).items();
        if (found != null && entered.organisationId() != null
                && found.stream().noneMatch(o -> o.id().equals(entered.organisationId()))) {
            found = new java.util.ArrayList<>(found); // the one chosen stays listed when the form comes back refused
            found.add(0, new PartnerApi.Organisation(entered.organisationId(), null));
        }
        String chosenBid = entered.bidId() != null ? entered.bidId() : bid;
        List<InterestsView.BidChoice> bids = scoring.assignments(null, null, 100).items().stream()
                .map(a -> new InterestsView.BidChoice(a.bidId(), a.title() == null ? a.bidId() : a.title(),
                        a.bidId().equals(chosenBid)))
                .collect(java.util.stream.Collectors.toMap(InterestsView.BidChoice::id, c -> c, (x, y) -> x,
                        java.util.LinkedHashMap::new)).values().stream().collect(java.util.stream.Collectors.toList());
        if (chosenBid != null && bids.stream().noneMatch(b -> b.id().equals(chosenBid))) {
            // the bid the link came from, though not offered to this assessor: the scoring-service checks it is real
            bids.add(0, new InterestsView.BidChoice(chosenBid, "The bid you came from (" + chosenBid + ")", true));
        }
        return Templates.interests(new InterestsView(bid, problem, entered, declared(), q, found, bids, justDeclared)).render();
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
        return FormText.filled(form.getFirst(field));
    }
}
