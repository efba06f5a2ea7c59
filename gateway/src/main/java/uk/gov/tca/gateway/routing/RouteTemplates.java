package uk.gov.tca.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.tca.gateway.openapi.ContractMerger;

/**
 * The path template of the API operation a request is for ({@code /api/bids/bid-42} is {@code /api/bids/{id}}),
 * from the services' committed contracts, so that what the gateway measures is labelled by route and never by a
 * concrete path: ids in metric labels leak them to whoever reads the metrics, and grow without bound.
 */
@ApplicationScoped
public class RouteTemplates {

    /** What a path no operation matches is labelled. */
    public static final String UNMATCHED = ApiPaths.PREFIX + "/{unmatched}";

    private record Template(String text, String[] segments, int literals) {
    }

    private final Map<String, List<Template>> byFirstSegment = new HashMap<>();

    public RouteTemplates() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String service : ContractMerger.SERVICES) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("services-openapi/" + service + "/openapi.yaml")) {
                if (in == null) {
                    continue;
                }
                yaml.readTree(in).path("paths").fieldNames().forEachRemaining(this::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + service + " contract", e);
            }
        }
        byFirstSegment.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.literals(), a.literals())));
    }

    private void add(String path) {
        String[] segments = path.substring(1).split("/");
        int literals = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) {
                literals++;
            }
        }
        byFirstSegment.computeIfAbsent(segments[0], k -> new ArrayList<>())
                .add(new Template(ApiPaths.PREFIX + path, segments, literals));
    }

    /** The template of {@code /api/...} path, or {@link #UNMATCHED}; the most literal one wins ({@code /bids/imports}). */
    public String of(String path) {
        if (!path.startsWith(ApiPaths.PREFIX + "/")) {
            return UNMATCHED;
        }
        String[] segments = path.substring(ApiPaths.PREFIX.length() + 1).split("/", -1);
        for (Template t : byFirstSegment.getOrDefault(segments[0], List.of())) {
            if (matches(t.segments(), segments)) {
                return t.text();
            }
        }
        return UNMATCHED;
    }

    private static boolean matches(String[] template, String[] path) {
        if (template.length != path.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{");
            if (parameter ? path[i].isEmpty() : !template[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }
}
