package uk.gov.tca.gateway.web.manager;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Scheme;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;
import uk.gov.tca.gateway.web.services.scoring.Schemes;

/**
 * A round's scoring scheme: read once it is set, set up here when the round has none yet (the criteria, their weights,
 * the scale and its words, the rules scores are held to). Assigning, moderating and ranking all need one, so the
 * pages that do send a manager here first.
 */
@Path("/app/rounds/{roundId}/scheme")
@RolesAllowed("programme-manager")
@Produces(MediaType.TEXT_HTML)
public class SchemePages {

    /** The page: the scheme if the round has one, else the form to set one up (with what was entered and errors). */
    public record View(Round round, Scheme scheme, SchemeForm form, List<FieldError> errors, boolean needed,
            boolean created) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
        }

        public List<RuleField> ruleFields() {
            return RULES;
        }
    }

    /** One of the scheme's rules as the form asks for it. */
    public record RuleField(String id, String label, String hint) {
    }

    private static final List<RuleField> RULES = List.of(
            new RuleField("assessorsPerBid", "Assessors for each bid", "From 1 to 10; sharing the round out fills each bid to it"),
            new RuleField("justificationMinLength", "Shortest justification, in characters", "From 0 to 2000, for each score"),
            new RuleField("criterionSpread", "Flag a bid for moderation when scores on a criterion are further apart than",
                    "Points on the scale, for example 2"),
            new RuleField("totalSpread", "or when assessors' weighted totals are further apart than",
                    "Points on the scale, for example 1"),
            new RuleField("minimumQualityScore", "Minimum quality score (optional)",
                    "No bid scored below it is funded, however much budget is left. Leave blank for none."));

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance scheme(View view);
    }

    private final BidApi bids;
    private final ScoringApi scoring;

    public SchemePages(@RestClient BidApi bids, @RestClient ScoringApi scoring) {
        this.bids = bids;
        this.scoring = scoring;
    }

    /** {@code needed}: sent here by a page that needs a scheme; {@code created}: by the redirect after setting one. */
    @GET
    public String show(@PathParam("roundId") String roundId, @QueryParam("needed") boolean needed,
            @QueryParam("created") boolean created) {
        Round round = bids.round(roundId);
        Scheme scheme = schemeOf(roundId);
        return Templates.scheme(new View(round, scheme, scheme == null ? SchemeForm.startingFrom(round) : null, List.of(),
                needed && scheme == null, created && scheme != null)).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("roundId") String roundId, MultivaluedMap<String, String> body) {
        SchemeForm form = SchemeForm.of(body);
        SchemeForm.Parsed parsed = form.parse(roundId);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        if (errors.isEmpty()) {
            try {
                scoring.createScheme(parsed.scheme());
                return Response.seeOther(UriBuilder.fromPath("/app/rounds/{id}/scheme").queryParam("created", true)
                        .build(roundId)).build();
            } catch (WebApplicationException e) {
                ServiceProblem problem = ServiceProblem.refusal(e);
                problem.violations().forEach(v -> errors.add(new FieldError(form.fieldOf(v.field()),
                        ServiceProblem.labelled(v.field(), v.message()))));
                if (errors.isEmpty()) {
                    errors.add(new FieldError("name", problem.detail() == null ? problem.title() : problem.detail()));
                }
            }
        }
        return Response.status(400).entity(Templates.scheme(new View(bids.round(roundId), null, form, errors, false, false))
                .render()).build();
    }

    /** The round's scheme, or null when it has none yet. */
    Scheme schemeOf(String roundId) {
        return Schemes.ofRound(scoring, roundId).orElse(null);
    }
}
