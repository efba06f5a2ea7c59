package uk.gov.tca.gateway.routing;

/** The public API lives under one prefix, stripped before a request reaches its service. */
public final class ApiPaths {

    public static final String PREFIX = "/api";

    private ApiPaths() {
    }

    /**
     * A path the services can take as written: no {@code .} or {@code ..} segments, no empty segments and no
     * backslashes, whether written plainly or percent-encoded ({@code %2e%2e}, {@code %2f}) — so nothing under
     * {@code /api} can climb to a service's own {@code /q} endpoints.
     */
    public static boolean isCanonical(String path) {
        if (path.indexOf('.') < 0 && path.indexOf('%') < 0 && path.indexOf('\\') < 0 && !path.contains("//")) {
            return true; // nothing to decode and no dot segment: the common case, without three regular expressions
        }
        String decoded = path.replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/").replaceAll("(?i)%5c", "\\\\");
        if (decoded.contains("//") || decoded.indexOf('\\') >= 0) {
            return false;
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** {@code /api/bids/42?x=1} → {@code /bids/42?x=1}: the service sees its own paths. */
    public static String downstream(String uri) {
        return uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : uri;
    }
}
