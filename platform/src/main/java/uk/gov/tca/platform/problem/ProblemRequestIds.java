package uk.gov.tca.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * A problem names the request it answers, by the X-Request-Id the gateway gave it (or the caller's own, kept when it
 * is a plain token), so that the id a council quotes to the helpdesk is in the body it saw as well as in the logs. An
 * id that is not a plain token is left out rather than echoed back.
 */
@Provider
public class ProblemRequestIds implements ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";

    /** The gateway's own rule for an id it keeps. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = plain(request.getHeaderString(HEADER));
        if (id != null && response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            response.setEntity(problem.withRequestId(id));
        }
    }

    /** The request id a problem names: the header's, when it is a plain token; else none. */
    public static String plain(String header) {
        return header != null && PLAIN.matcher(header).matches() ? header : null;
    }
}
