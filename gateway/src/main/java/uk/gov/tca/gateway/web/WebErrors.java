package uk.gov.tca.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a page shows when a service says no or is not there: the service's own words (its problem detail),
 * with the same status, never a stack trace. 404 stays 404, so a bid one may not see looks like no bid.
 */
public class WebErrors {

    private static final Logger LOG = Logger.getLogger(WebErrors.class);

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance error(ServiceProblem problem);
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

    /** A signed-in user on a page its roles do not open (an assessor on a manager's page): a page, not a blank 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, new ServiceProblem(403, "You do not have access to this page",
                "Your account does not have the role this page needs.", List.of()));
    }

    private static Response page(int status, ServiceProblem problem) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(problem).render()).build();
    }
}
