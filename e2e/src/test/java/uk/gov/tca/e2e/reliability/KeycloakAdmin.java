package uk.gov.tca.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.gov.tca.e2e.LocalStack;

/**
 * The test stack's Keycloak, through its admin API, for the callers the committed realm rightly lacks: a
 * system whose tokens are not meant for the TCA API, one whose tokens expire at once, a bidder with no
 * organisation. Made once; a kept stack reuses them.
 */
final class KeycloakAdmin {

    private static final String ADMIN = LocalStack.KEYCLOAK + "/admin/realms/tca";

    private KeycloakAdmin() {
    }

    static String token(String realm, String clientId, String username, String password) {
        Http.Answer answer = Http.request("POST", LocalStack.KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token")
                .bytes(form(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)),
                        "application/x-www-form-urlencoded").send();
        assertThat(answer.status()).as("token of %s in %s: %s", username, realm, answer).isEqualTo(200);
        return answer.json().path("access_token").asText();
    }

    static String clientToken(String clientId, String secret) {
        Http.Answer answer = Http.request("POST", LocalStack.KEYCLOAK + "/realms/tca/protocol/openid-connect/token")
                .bytes(form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)),
                        "application/x-www-form-urlencoded").send();
        assertThat(answer.status()).as("token of %s: %s", clientId, answer).isEqualTo(200);
        return answer.json().path("access_token").asText();
    }

    private static String admin() {
        return token("master", "admin-cli", "admin", "admin");
    }

    /** A service-account client with the integrator role; with the tca-api audience only when asked. */
    static void ensureIntegratorClient(String clientId, String secret, boolean tcaAudience, Integer lifespanSeconds) {
        String admin = admin();
        Map<String, Object> client = new java.util.HashMap<>(Map.of("clientId", clientId, "secret", secret, "enabled", true,
                "publicClient", false, "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "directAccessGrantsEnabled", false));
        if (lifespanSeconds != null) {
            client.put("attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds)));
        }
        if (tcaAudience) {
            client.put("protocolMappers", List.of(Map.of("name", "tca-api audience", "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper", "config", Map.of("included.custom.audience", "tca-api",
                            "access.token.claim", "true", "id.token.claim", "false"))));
        }
        int created = Http.request("POST", ADMIN + "/clients").token(admin).json(client).send().status();
        assertThat(created).as("client %s", clientId).isIn(201, 409);
        String id = Http.request("GET", ADMIN + "/clients?clientId=" + clientId).token(admin).send().json().path(0).path("id").asText();
        String user = Http.request("GET", ADMIN + "/clients/" + id + "/service-account-user").token(admin).send().json().path("id").asText();
        grantRealmRole(admin, user, "integrator");
    }

    /** A user of the realm with one role and no org attribute. */
    static void ensureUserWithoutOrganisation(String username, String role) {
        ensureUser(username, role, null);
    }

    /** A user of the realm (password demo) with one role and, unless null, an organisation. */
    static void ensureUser(String username, String role, String organisation) {
        String admin = admin();
        Map<String, Object> user = new java.util.HashMap<>(Map.of("username", username, "enabled", true, "emailVerified", true,
                "firstName", "Test", "lastName", "User", "email", username + "@example.invalid",
                "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))));
        if (organisation != null) {
            user.put("attributes", Map.of("org", List.of(organisation)));
        }
        int created = Http.request("POST", ADMIN + "/users").token(admin).json(user).send().status();
        assertThat(created).as("user %s", username).isIn(201, 409);
        JsonNode found = Http.request("GET", ADMIN + "/users?exact=true&username=" + username).token(admin).send().json();
        grantRealmRole(admin, found.path(0).path("id").asText(), role);
    }

    private static void grantRealmRole(String admin, String userId, String role) {
        JsonNode representation = Http.request("GET", ADMIN + "/roles/" + role).token(admin).send().json();
        int status = Http.request("POST", ADMIN + "/users/" + userId + "/role-mappings/realm").token(admin)
                .json(List.of(representation)).send().status();
        assertThat(status).as("role %s", role).isEqualTo(204);
    }

    private static byte[] form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
