package uk.gov.tca.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks write what the services write: an event type a script puts on a feed is one the bid-service's
 * contract publishes, with the fields its data schema declares — a benchmark cannot invent a type no consumer reads.
 */
class BenchmarkScriptsTests {

    private static final Pattern EVENT = Pattern.compile(
            "'(uk\\.gov\\.tca\\.bid\\.[a-z-]+)'\\s*,[^;]*?jsonb_build_object\\(([^;]*?)\\)\\s*\\n\\s*FROM", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("'([A-Za-z]+)'\\s*,");

    @Test
    void everyEventABenchmarkWritesIsOneTheContractPublishes() throws IOException {
        JsonNode schemas = Yaml.one(Yaml.root().resolve("bid-service/src/main/openapi/openapi.yaml"))
                .path("components").path("schemas");
        JsonNode mapping = schemas.at("/BidFeedPage/properties/events/items/discriminator/mapping");
        List<String> written = new ArrayList<>();
        try (Stream<Path> scripts = Files.list(Yaml.root().resolve("deploy/bench/sql"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher event = EVENT.matcher(Files.readString(script));
                while (event.find()) {
                    String type = event.group(1);
                    written.add(type);
                    assertThat(mapping.has(type)).as("%s writes %s, which the contract publishes", script.getFileName(),
                            type).isTrue();
                    String ref = mapping.get(type).asText();
                    JsonNode eventSchema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                    String dataRef = eventSchema.at("/allOf/1/properties/data/$ref").asText();
                    JsonNode data = schemas.path(dataRef.substring(dataRef.lastIndexOf('/') + 1)).path("properties");
                    Matcher key = KEY.matcher(event.group(2));
                    while (key.find()) {
                        assertThat(data.has(key.group(1))).as("%s's data has %s", type, key.group(1)).isTrue();
                    }
                }
            }
        }
        assertThat(written).as("events the benchmarks write").isNotEmpty();
    }
}
