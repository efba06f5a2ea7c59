package uk.gov.tca.gateway.web.assessor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.scoring.Assessment;
import uk.gov.tca.gateway.web.services.scoring.Assignment;
import uk.gov.tca.gateway.web.services.scoring.Scheme;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.NewAssessment;

/**
 * The scoring form: each criterion of the round's scheme with its anchors, a justification and a confidence,
 * and the value-for-money score the appraisal suggests; save a draft, then submit. The scoring-service holds
 * every rule (justification length, suggestion overrides, conflicts at submission); this page shows its answers
 * beside the fields they concern. Other assessors' scores appear only once one's own are submitted.
 */
@Path("/app/bids/{id}/assessment")
@RolesAllowed("assessor")
@Produces(MediaType.TEXT_HTML)
public class AssessmentPage {

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance assessment(AssessmentView view, SaveStatus status);

        static native TemplateInstance assessment$saved(SaveStatus status);

        static native TemplateInstance assessmentCheck(AssessmentView view);
    }

    private final ScoringApi scoring;
    private final BidApi bids;
    private final SecurityIdentity identity;

    public AssessmentPage(@RestClient ScoringApi scoring, @RestClient BidApi bids, SecurityIdentity identity) {
        this.scoring = scoring;
        this.bids = bids;
        this.identity = identity;
    }

    @GET
    public String show(@PathParam("id") String bidId, @QueryParam("saved") boolean saved) {
        AssessmentView view = view(bidId, null, ScoringForm.NONE, Map.of());
        return Templates.assessment(view, SaveStatus.of(versionOf(view.mine()), saved)).render();
    }

    /** Starting asks the scoring-service for a draft, which comes with the appraisal's suggestions filled in. */
    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String bidId) {
        Assignment assignment = myAssignment(bidId);
        try {
            scoring.startAssessment(new NewAssessment(assignment.id(), List.of()));
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            AssessmentView view = view(bidId, problem, ScoringForm.NONE, Map.of());
            return Response.status(problem.status())
                    .entity(Templates.assessment(view, SaveStatus.of(versionOf(view.mine()), false)).render()).build();
        }
        return Response.seeOther(URI.create(page(bidId))).build();
    }

    /**
     * A save (with htmx, answered with the save status alone), or "continue to submit": a save, then the check of
     * the scores as saved, where the one irreversible step is taken.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String bidId, @HeaderParam("HX-Request") String htmx,
            MultivaluedMap<String, String> fields) {
        Assessment mine = myAssessment(bidId);
        if (mine == null) {
            return Response.seeOther(URI.create(page(bidId))).build();
        }
        ScoringForm form = new ScoringForm(fields);
        List<String> criteria = scheme(mine.roundId()).codes();
        boolean inline = htmx != null && !form.submits();
        Assessment saved;
        try {
            saved = scoring.saveAssessment(mine.id(), "\"" + form.version().orElse(versionOf(mine)) + "\"", form.scores(criteria));
        } catch (WebApplicationException e) {
            ServiceProblem problem = refusal(e);
            // a save refused as stale names a newer draft: the form goes on from the version the service holds now
            String current = versionOf(myAssessment(bidId));
            if (inline) {
                return Response.ok(Templates.assessment$saved(SaveStatus.refused(current, problem)).render()).build();
            }
            return backToTheForm(bidId, problem, form, criteria, current);
        }
        if (inline) {
            return Response.ok(Templates.assessment$saved(SaveStatus.of(versionOf(saved), true)).render()).build();
        }
        return Response.seeOther(URI.create(page(bidId) + (form.submits() ? "/check" : "?saved=true"))).build();
    }

    /** The scores as saved, to read once more before submitting them for good; once submitted, the page itself. */
    @GET
    @Path("/check")
    public Response check(@PathParam("id") String bidId) {
        Assessment mine = myAssessment(bidId);
        if (mine == null || mine.submitted()) {
            return Response.seeOther(URI.create(page(bidId))).build();
        }
        return Response.ok(Templates.assessmentCheck(view(bidId, null, ScoringForm.NONE, Map.of())).render()).build();
    }

    /**
     * Submits the saved scores under the key the check page was shown with (submitting twice submits once); the
     * scoring-service's refusal goes back to the form, each reason beside the criterion it concerns.
     */
    @POST
    @Path("/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String bidId, MultivaluedMap<String, String> fields) {
        Assessment mine = myAssessment(bidId);
        if (mine == null) {
            return Response.seeOther(URI.create(page(bidId))).build();
        }
        ScoringForm form = new ScoringForm(fields);
        try {
            scoring.submitAssessment(mine.id(), form.submissionKey());
        } catch (WebApplicationException e) {
            return backToTheForm(bidId, refusal(e), ScoringForm.NONE, scheme(mine.roundId()).codes(), versionOf(mine));
        }
        return Response.seeOther(URI.create(page(bidId) + "?submitted=true")).build();
    }

    /** The scoring-service's refusal of a save or a submission; a 404 (no such bid to this assessor) goes on as one. */
    private static ServiceProblem refusal(WebApplicationException e) {
        ServiceProblem problem = ServiceProblem.refusal(e);
        if (problem.status() == 404) {
            throw e;
        }
        return problem;
    }

    /** The form again, as entered (or as saved), each of the service's reasons beside the criterion it concerns. */
    private Response backToTheForm(String bidId, ServiceProblem problem, ScoringForm form, List<String> criteria,
            String version) {
        AssessmentView view = view(bidId, problem, form, ScoringForm.objections(criteria, problem));
        return Response.status(problem.status())
                .entity(Templates.assessment(view, SaveStatus.of(version, false)).render()).build();
    }

    private AssessmentView view(String bidId, ServiceProblem problem, ScoringForm form, Map<String, List<String>> objections) {
        Bid bid = bids.bid(bidId);
        Assignment assignment = myAssignment(bidId);
        Scheme scheme = scheme(bid.roundId());
        List<Assessment> all = scoring.assessments(bidId, 50).items();
        String me = identity.getPrincipal().getName();
        Assessment mine = all.stream().filter(a -> me.equals(a.assessor())).findFirst().orElse(null);
        List<Assessment> others = all.stream().filter(a -> !me.equals(a.assessor())).filter(Assessment::submitted).toList();
        List<CriterionView> criteria = scheme.criteria().stream().map(c -> CriterionView.of(c, scheme.scale(),
                mine == null ? Optional.empty() : mine.scoreFor(c.code()), form,
                objections.getOrDefault(c.code(), List.of()))).toList();
        return new AssessmentView(bid, assignment, scheme, mine, criteria, objections.getOrDefault("", List.of()), others,
                problem, UUID.randomUUID().toString());
    }

    private static String versionOf(Assessment assessment) {
        return assessment == null ? "" : Long.toString(assessment.version());
    }

    private static String page(String bidId) {
        return "/app/bids/" + bidId + "/assessment";
    }

    private Assignment myAssignment(String bidId) {
        return scoring.assignments(null, bidId, 10).items().stream().findFirst()
                .orElseThrow(() -> new WebApplicationException(404));
    }

    private Assessment myAssessment(String bidId) {
        String me = identity.getPrincipal().getName();
        return scoring.assessments(bidId, 50).items().stream().filter(a -> me.equals(a.assessor())).findFirst().orElse(null);
    }

    private Scheme scheme(String roundId) {
        return scoring.schemes(roundId).stream().findFirst().orElseThrow(() -> new WebApplicationException(404));
    }
}
