package uk.gov.tca.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compose file cannot run here (no Docker); it is read as Docker Compose would and checked. */
class ComposeFileTests {

    private static final Path DIR = Yaml.root().resolve("deploy/compose");
    private static final JsonNode COMPOSE = Yaml.one(DIR.resolve("compose.yaml"));
    private static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "partner-service", 8081,
            "bid-service", 8082, "scoring-service", 8083);

    @Test
    void itNamesEveryServiceWithItsImagePortAndDatabase() throws Exception {
        JsonNode services = COMPOSE.path("services");
        assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("postgres", "keycloak",
                "partner-service", "bid-service", "scoring-service", "gateway");
        String init = Files.readString(DIR.resolve("postgres-init.sql"));
        PORTS.forEach((name, port) -> {
            JsonNode service = services.path(name);
            assertThat(service.path("image").asText()).as(name).startsWith("tca/" + name + ":");
            assertThat(service.at("/environment/QUARKUS_HTTP_PORT").asText()).as(name).isEqualTo(port.toString());
            assertThat(service.path("ports").toString()).as(name).contains(port + ":" + port);
            assertThat(service.at("/environment/OIDC_URL").asText()).isEqualTo("http://keycloak:8180/realms/tca");
            assertThat(service.at("/depends_on/keycloak/condition").asText()).isEqualTo("service_healthy");
            if (!name.equals("gateway")) {
                String database = name.replace("-service", "");
                assertThat(service.at("/environment/DB_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
                assertThat(init).contains("CREATE DATABASE " + database + " ");
            }
        });
        assertThat(services.at("/gateway/environment/SCORING_URL").asText()).isEqualTo("http://scoring-service:8083");
        assertThat(services.at("/scoring-service/environment/BID_URL").asText()).isEqualTo("http://bid-service:8082");
    }

    @Test
    void keycloakIsTheTestedVersionWithTheCommittedRealm() {
        JsonNode keycloak = COMPOSE.at("/services/keycloak");
        assertThat(keycloak.path("image").asText()).endsWith(":" + System.getProperty("keycloak.version"));
        String volume = keycloak.path("volumes").get(0).asText();
        assertThat(DIR.resolve(volume.substring(0, volume.indexOf(':'))).normalize())
                .isEqualTo(Yaml.root().resolve("deploy/keycloak/tca-realm.json")).isRegularFile();
        assertThat(keycloak.path("command").toString()).contains("--import-realm");
        // the realm's loginTheme, mounted where Keycloak finds themes
        String theme = keycloak.path("volumes").get(1).asText();
        assertThat(theme).endsWith(":/opt/keycloak/themes/govuk:ro");
        assertThat(DIR.resolve(theme.substring(0, theme.indexOf(':'))).resolve("login/theme.properties").normalize())
                .isRegularFile();
        assertThat(COMPOSE.at("/services/postgres/healthcheck/test").toString()).contains("pg_isready");
    }
}
