package uk.gov.tca.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.gov.tca.gateway.GatewayConfig;

/**
 * Which service owns a path under {@code /api}. Each service owns distinct top-level resources, so the
 * first segment decides; a segment claimed twice is a configuration error found at start, not a coin toss.
 */
@ApplicationScoped
public class RouteTable {

    private final Map<String, String> serviceBySegment = new HashMap<>();

    public RouteTable(GatewayConfig config) {
        config.routes().forEach((service, route) -> route.segments().forEach(segment -> {
            String previous = serviceBySegment.put(segment, service);
            if (previous != null) {
                throw new IllegalStateException("/api/" + segment + " is routed to both " + previous + " and " + service);
            }
        }));
    }

    /** The service for a path such as {@code /api/bids/42?x=1}, if one owns its first segment. */
    public Optional<String> serviceFor(String path) {
        if (!path.startsWith(ApiPaths.PREFIX + "/")) {
            return Optional.empty();
        }
        String rest = path.substring(ApiPaths.PREFIX.length() + 1);
        int end = indexOfAny(rest, "/?;");
        String segment = end < 0 ? rest : rest.substring(0, end);
        return Optional.ofNullable(serviceBySegment.get(segment));
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
