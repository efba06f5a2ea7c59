package uk.gov.tca.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * The Keycloak operator's {@code KeycloakRealmImport} for a cluster, made from the committed realm
 * (deploy/keycloak/tca-realm.json) so the two cannot drift: the people of the demo and the local command-line
 * client are left out, every client secret becomes a placeholder the operator fills from the Secret
 * {@code tca-oidc-clients}, and the redirect addresses are the cluster's host.
 */
final class RealmImport {

    static final String SECRET = "tca-oidc-clients";
    static final String HOST = "https://tca.example.gov.uk";
    static final String HEADER = """
            # GENERATED from deploy/keycloak/tca-realm.json by deploy/checks (RealmImport): do not edit.
            # Regenerate after a realm change: ./mvnw -pl deploy/checks verify -Dmanifests.update=true
            # Demo users and the local command-line client are left out; client secrets come from the Secret
            # tca-oidc-clients (keys: the client ids), filled in by the Keycloak operator.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private RealmImport() {
    }

    static Path realmFile() {
        return Yaml.root().resolve("deploy/keycloak/tca-realm.json");
    }

    static Path importFile() {
        return Yaml.root().resolve("deploy/kubernetes/base/keycloak/realm-import.yaml");
    }

    static String generate() {
        try {
            ObjectNode realm = (ObjectNode) JSON.readTree(realmFile().toFile());
            ObjectNode placeholders = JsonNodeFactory.instance.objectNode();
            ArrayNode clients = JsonNodeFactory.instance.arrayNode();
            for (JsonNode c : realm.path("clients")) {
                ObjectNode client = (ObjectNode) c.deepCopy();
                if (client.path("directAccessGrantsEnabled").asBoolean() && client.path("publicClient").asBoolean()) {
                    continue; // the password-grant client exists for the local stack only
                }
                if (client.has("secret")) {
                    String name = client.path("clientId").asText().toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
                    client.put("secret", "${" + name + "}");
                    placeholders.putObject(name).putObject("secret").put("name", SECRET)
                            .put("key", client.path("clientId").asText());
                }
                if (client.has("baseUrl")) {
                    // the sign-in pages link to the service's own pages (accessibility, cookies) on the public host
                    client.put("baseUrl", HOST + client.path("baseUrl").asText().replaceFirst("^https?://[^/]+", ""));
                }
                if (client.has("redirectUris")) {
                    // the same paths on the public host: a client whose sign-ins come back to one page keeps that page
                    java.util.Set<String> paths = new java.util.LinkedHashSet<>();
                    client.path("redirectUris").forEach(uri -> paths.add(uri.asText().replaceFirst("^https?://[^/]+", "")));
                    ArrayNode uris = client.putArray("redirectUris");
                    paths.forEach(path -> uris.add(HOST + path));
                    if (client.path("attributes").has("post.logout.redirect.uris")) {
                        ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", HOST + "/*");
                    }
                }
                clients.add(client);
            }
            realm.set("clients", clients);
            ArrayNode users = JsonNodeFactory.instance.arrayNode();
            for (Iterator<JsonNode> it = realm.path("users").elements(); it.hasNext(); ) {
                JsonNode user = it.next();
                if (user.has("serviceAccountClientId")) {
                    users.add(user); // the service accounts' roles travel with the realm; people are not imported
                }
            }
            realm.set("users", users);
            realm.put("sslRequired", "external");

            ObjectNode resource = JsonNodeFactory.instance.objectNode();
            resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
            resource.put("kind", "KeycloakRealmImport");
            resource.putObject("metadata").put("name", "tca");
            ObjectNode spec = resource.putObject("spec");
            spec.put("keycloakCRName", "keycloak");
            spec.set("placeholders", placeholders);
            spec.set("realm", realm);
            return HEADER + YAML.writeValueAsString(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
