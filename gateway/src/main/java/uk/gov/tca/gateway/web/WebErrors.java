package uk.gov.tca.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when a service says no or is not there: the service's own words (its problem detail),
 * with the same status, never a stack trace. 404 stays 404, so a bid one may not see looks like no bid.
 */
public class WebErrors {

    private static final Logger LOG = Logger.getLogger(WebErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template error;

    public WebErrors(@Location("error.html") Template error) {
        this.error = error;
    }

    /** A service's refusal, read from its problem+json. */
    public record ServiceProblem(int status, String title, String detail, List<String> messages) {

        public static ServiceProblem of(WebApplicationException e) {
            Response response = e.getResponse();
            int status = response == null ? 500 : response.getStatus();
            String title = "Something went wrong";
            String detail = null;
            List<String> messages = new ArrayList<>();
            try {
                if (response != null && response.hasEntity()) {
                    JsonNode problem = JSON.readTree(response.readEntity(String.class));
                    title = problem.path("title").asText(title);
                    detail = problem.path("detail").asText(null);
                    problem.path("violations").forEach(v -> messages.add(
                            v.path("field").asText("") + ": " + v.path("message").asText("")));
                }
            } catch (Exception ignored) {
                // not a problem document: the status says enough
            }
            return new ServiceProblem(status, title, detail, messages);
        }

        /** A refusal a page shows beside its form; a service that failed (5xx) goes on to the error page instead. */
        public static ServiceProblem refusal(WebApplicationException e) {
            ServiceProblem problem = of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            return problem;
        }
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        if (e.getResponse() != null && e.getResponse().getStatus() < 400) {
            return e.getResponse();
        }
        ServiceProblem problem = ServiceProblem.of(e);
        int status = problem.status() >= 500 ? 502 : problem.status();
        if (problem.status() == 404) {
            problem = new ServiceProblem(404, "Page not found", "There is nothing here you can see.", List.of());
        }
        return page(status, problem);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service could not be reached: %s", e.getMessage());
        return page(503, new ServiceProblem(503, "Sorry, the service is unavailable",
                "A part of the service is not answering. Nothing you entered was lost; try again in a few minutes.", List.of()));
    }

    private Response page(int status, ServiceProblem problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(error.data("problem", problem).render()).build();
    }
}
