package uk.gov.tca.scoring.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The 360Giving Data Standard 1.4 package schema (src/test/resources/360giving, as ../shared/schemas), with
 * formats asserted as 360Giving's own data checker does: its dates are oneOf(format date-time, date pattern),
 * which a validator that only annotates formats would take a plain date as matching twice.
 */
public final class ThreeSixtyGivingSchema {

    private static final String BASE = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String PACKAGE = BASE + "1.4.3/schema/360-giving-package-schema.json";

    private ThreeSixtyGivingSchema() {
    }

    /** What is wrong with a 360Giving JSON package; empty when it is valid. */
    public static List<Error> validate(String json) {
        String grant = read("360-giving-schema.json");
        Map<String, String> byId = Map.of(PACKAGE, read("360-giving-package-schema.json"),
                BASE + "1.4.2/schema/360-giving-schema.json", grant, BASE + "1.4.3/schema/360-giving-schema.json", grant);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.resourceLoaders(r -> r.resources(byId))).getSchema(SchemaLocation.of(PACKAGE));
        try {
            return schema.validate(new ObjectMapper().readTree(json),
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = ThreeSixtyGivingSchema.class.getResourceAsStream("/360giving/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
