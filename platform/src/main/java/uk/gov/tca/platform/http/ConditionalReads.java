package uk.gov.tca.platform.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A read whose {@code If-None-Match} names the version it would answer is a 304 without a body (RFC 9110 §13.1.2):
 * a client polling a bid, a round or a decision spends nothing until it changes. Only successful reads that carry
 * an ETag are answered so, after access was checked, so a 304 discloses nothing a 200 would not; the comparison is
 * weak, as the RFC asks for If-None-Match.
 */
@Provider
public class ConditionalReads implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) || response.getStatus() != 200) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null || !matches(ifNoneMatch, etag.toString())) {
            return;
        }
        response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    }

    /** Weak comparison: W/"3" and "3" are the same version; "*" matches any. */
    static boolean matches(String ifNoneMatch, String etag) {
        String current = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
