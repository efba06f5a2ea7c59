package uk.gov.tca.gateway.web.assessor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.scoring.Assignment;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.Decline;

/**
 * An assessor's assignments: accept, or decline with a reason. Each action is a plain form
 * post answered with a redirect (works without JavaScript); with htmx, the row alone is replaced.
 */
@Path("/app/assignments")
@RolesAllowed("assessor")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    private static final Set<String> DECLINE_REASONS = Set.of("CONFLICT_FOUND", "CAPACITY", "OTHER");

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance assignments(AssignmentsView view);

        static native TemplateInstance assignments$row(Assignment row, ServiceProblem problem);
    }

    private final ScoringApi scoring;

    public AssignmentPages(@RestClient ScoringApi scoring) {
        this.scoring = scoring;
    }

    @GET
    public String list() {
        return Templates.assignments(new AssignmentsView(rows(), null, null)).render();
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, @HeaderParam("HX-Request") String htmx) {
        return answer(id, htmx, () -> scoring.accept(id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, @HeaderParam("HX-Request") String htmx,
            MultivaluedMap<String, String> form) {
        String reason = form.getFirst("reason");
        if (reason == null || !DECLINE_REASONS.contains(reason)) {
            return rowWithError(id, htmx, ServiceProblem.invalid("Choose why you are declining",
                    "reason: choose conflict found, no capacity or another reason"));
        }
        return answer(id, htmx, () -> scoring.decline(id, new Decline(reason, form.getFirst("note"))));
    }

    private Response answer(String id, String htmx, Runnable action) {
        try {
            action.run();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            if (problem.status() == 404) {
                throw e;
            }
            return rowWithError(id, htmx, problem);
        }
        if (htmx != null) {
            return Response.ok(row(id, null)).build();
        }
        return Response.seeOther(URI.create("/app/assignments")).build();
    }

    private Response rowWithError(String id, String htmx, ServiceProblem problem) {
        if (htmx != null) {
            return Response.ok(row(id, problem)).build();
        }
        return Response.status(problem.status())
                .entity(Templates.assignments(new AssignmentsView(rows(), problem, id)).render()).build();
    }

    /** The row as the scoring-service now has it, which gives each assignment its bid's title: no call per bid. */
    private String row(String id, ServiceProblem problem) {
        return Templates.assignments$row(scoring.assignment(id), problem).render();
    }

    /** The assessor's assignments (the scoring-service gives an assessor only its own), at most a page of 100. */
    private List<Assignment> rows() {
        return scoring.assignments(null, null, 100).items();
    }
}
