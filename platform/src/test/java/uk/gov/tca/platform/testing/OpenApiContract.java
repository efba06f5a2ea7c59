package uk.gov.tca.platform.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a service to its committed OpenAPI contract: the spec the running code generates must equal the
 * committed file. Run the test with {@code -Dopenapi.update=true} to rewrite the file after an intended
 * change, then review the diff like any other change to the contract.
 */
public final class OpenApiContract {

    /** A component schema's name, as the YAML writer indents it under {@code components.schemas}. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("^    ([A-Za-z0-9_.-]+):$", Pattern.MULTILINE);

    private OpenApiContract() {
    }

    /**
     * The schemas named after another's simple name with a number ({@code Status1}): two types of the service share
     * a simple name (each nested {@code Status}), and which one gets the number is an accident of scanning. Such a
     * type needs a name of its own ({@code @Schema(name = "AssignmentStatus")}), or clients generated from the spec
     * get {@code Status1} and the gateway's merge cannot tell the services' types apart.
     */
    public static List<String> numberedSchemaNames(Path committed) {
        try {
            String spec = Files.readString(committed);
            int schemas = spec.indexOf("\n  schemas:\n");
            if (schemas < 0) {
                return List.of();
            }
            String section = spec.substring(schemas);
            List<String> numbered = new ArrayList<>();
            Matcher m = SCHEMA_NAME.matcher(section);
            while (m.find()) {
                String name = m.group(1);
                if (name.matches(".*[A-Za-z]\\d+") && section.contains("\n    " + name.replaceAll("\\d+$", "") + ":\n")) {
                    numbered.add(name);
                }
            }
            return numbered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return null when the spec matches (or was updated); otherwise a message naming the first difference */
    public static String compareWithCommitted(Path committed) {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        try {
            if (Boolean.getBoolean("openapi.update") || !Files.exists(committed)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, generated);
                return Boolean.getBoolean("openapi.update") ? null
                        : committed + " did not exist; it was written: commit it";
            }
            String expected = Files.readString(committed);
            if (expected.equals(generated)) {
                return null;
            }
            String[] a = expected.split("\n", -1);
            String[] b = generated.split("\n", -1);
            int line = 0;
            while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
                line++;
            }
            return "The code's OpenAPI differs from " + committed + " at line " + (line + 1) + ":\n  committed: "
                    + (line < a.length ? a[line] : "<end>") + "\n  generated: " + (line < b.length ? b[line] : "<end>")
                    + "\nIf the change is intended, run the test with -Dopenapi.update=true and commit the file.";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
