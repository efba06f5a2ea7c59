package uk.gov.tca.scoring.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;

/** Reads a provider's committed contract and checks a REST client's calls against it. */
final class ProviderContracts {

    private ProviderContracts() {
    }

    static JsonNode of(String service) throws IOException {
        return new YAMLMapper().readTree(Files.readString(Paths.get("../" + service + "/src/main/openapi/openapi.yaml")));
    }

    /** Every method of the client is an operation the provider publishes, at that path with that verb. */
    static void everyCallIsPublished(Class<?> client, JsonNode contract) {
        JsonNode paths = contract.path("paths");
        Path classPath = client.getAnnotation(Path.class);
        String base = classPath == null ? "" : classPath.value();
        int calls = 0;
        for (Method method : client.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class) ? "post"
                    : method.isAnnotationPresent(PUT.class) ? "put" : method.isAnnotationPresent(DELETE.class) ? "delete"
                    : null;
            if (verb == null) {
                continue;
            }
            String path = base + method.getAnnotation(Path.class).value();
            assertThat(paths.path(path).has(verb)).as("provider publishes %s %s", verb, path).isTrue();
            calls++;
        }
        assertThat(calls).as("calls checked").isPositive();
    }

    static void hasProperties(JsonNode contract, String schema, String... properties) {
        JsonNode props = contract.path("components").path("schemas").path(schema).path("properties");
        for (String property : properties) {
            assertThat(props.has(property)).as("%s.%s in the provider's contract", schema, property).isTrue();
        }
    }
}
