package uk.gov.tca.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import uk.gov.tca.platform.problem.Problem;

/**
 * The paths a response hands out — its {@code Location}, a problem's {@code instance} — as its caller can follow
 * them: behind the gateway a service's {@code /bids/x} is the public {@code /api/bids/x}, and the gateway says so in
 * {@code X-Forwarded-Prefix} (set by the gateway itself, whatever a client sent). Only what the response says is
 * changed, never routing or access, so a prefix sent straight to a service misleads nobody but its sender; a
 * prefix that is not a plain path is ignored. (Quarkus' own forwarded-prefix support also moves routing.)
 */
@Provider
public class PublicPaths implements ContainerResponseFilter {

    public static final String PREFIX_HEADER = "X-Forwarded-Prefix";

    /** One to four segments of unreserved characters, none of them a dot segment. */
    private static final Pattern PLAIN_PREFIX = Pattern.compile("(/(?!\\.{1,2}(?:/|$))[A-Za-z0-9._~-]{1,40}){1,4}");

    /** The path as the caller sees it: after the prefix the request came through, if it is a plain one. */
    public static String publicPath(String prefix, String path) {
        if (prefix == null || path == null || !path.startsWith("/") || !PLAIN_PREFIX.matcher(prefix).matches()) {
            return path;
        }
        return prefix + path;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String prefix = request.getHeaderString(PREFIX_HEADER);
        if (prefix == null) {
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            URI uri = URI.create(location.toString());
            URI base = request.getUriInfo().getBaseUri();
            boolean here = !uri.isAbsolute()
                    || Objects.equals(uri.getHost(), base.getHost()) && uri.getPort() == base.getPort();
            if (here && uri.getRawPath() != null && uri.getRawPath().startsWith("/")) {
                String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                response.getHeaders().putSingle(HttpHeaders.LOCATION, publicPath(prefix, uri.getRawPath()) + query);
            }
        }
        if (response.getEntity() instanceof Problem problem && problem.instance() != null) {
            response.setEntity(problem.withInstance(publicPath(prefix, problem.instance())));
        }
    }
}
