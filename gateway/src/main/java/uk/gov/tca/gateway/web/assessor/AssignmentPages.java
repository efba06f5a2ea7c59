package uk.gov.tca.gateway.web.assessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Template;
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
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.Views;
import uk.gov.tca.gateway.web.WebErrors.ServiceProblem;
import uk.gov.tca.gateway.web.services.ScoringApi;

/**
 * An assessor's assignments: accept, or decline with a reason. Each action is a plain form
 * post answered with a redirect (works without JavaScript); with htmx, the row alone is replaced.
 */
@Path("/app/assignments")
@RolesAllowed("assessor")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    private static final Set<String> DECLINE_REASONS = Set.of("CONFLICT_FOUND", "CAPACITY", "OTHER");

    private final ScoringApi scoring;
    private final Template assignments;

    public AssignmentPages(@RestClient ScoringApi scoring, Template assignments) {
        this.scoring = scoring;
        this.assignments = assignments;
    }

    @GET
    public String list() {
        return assignments.data("rows", rows()).data("problem", null).render();
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
            return rowWithError(id, htmx, new ServiceProblem(400, "Choose why you are declining", null,
                    List.of("reason: choose conflict found, no capacity or another reason")));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("reason", reason).put("note", form.getFirst("note"));
        return answer(id, htmx, () -> scoring.decline(id, body));
    }

    /** The scoring-service gives each assignment its bid's title, so the list needs no call per bid. */
    private static Map<String, Object> row(JsonNode assignment) {
        return Views.map(assignment);
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
            return Response.ok(renderRow(id, null)).build();
        }
        return Response.seeOther(URI.create("/app/assignments")).build();
    }

    private Response rowWithError(String id, String htmx, ServiceProblem problem) {
        if (htmx != null) {
            return Response.ok(renderRow(id, problem)).build();
        }
        return Response.status(problem.status()).entity(assignments.data("rows", rows()).data("problem", problem).render())
                .build();
    }

    private String renderRow(String id, ServiceProblem problem) {
        return assignments.getFragment("row").data("row", row(scoring.assignment(id))).data("problem", problem).render();
    }

    /** The assessor's assignments (the scoring-service gives an assessor only its own), at most a page of 100. */
    private List<Map<String, Object>> rows() {
        return Views.items(scoring.assignments(null, null, 100)).stream().map(AssignmentPages::row).toList();
    }
}
