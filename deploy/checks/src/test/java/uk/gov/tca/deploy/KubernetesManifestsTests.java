package uk.gov.tca.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Kubernetes deployment, held to its invariants without a cluster. */
class KubernetesManifestsTests {

    static final List<String> SERVICES = List.of("partner-service", "bid-service", "scoring-service", "gateway");
    /** Whom each workload may call, besides Keycloak and DNS; and its own database, if it has one. */
    static final Map<String, Set<String>> CALLS = Map.of(
            "gateway", Set.of("partner-service", "bid-service", "scoring-service"),
            "partner-service", Set.of(),
            "bid-service", Set.of("partner-service"),
            "scoring-service", Set.of("partner-service", "bid-service"));
    static final Map<String, String> DATABASE = Map.of(
            "partner-service", "partner-db", "bid-service", "bid-db", "scoring-service", "scoring-db");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|_key$|credential).*");

    private static final Path BASE = Yaml.root().resolve("deploy/kubernetes/base");
    private static final List<Yaml.Document> DOCS = Kustomization.at(BASE).resources();

    private static Yaml.Document find(String kind, String name) {
        return DOCS.stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in " + BASE));
    }

    private static List<Yaml.Document> all(String kind) {
        return DOCS.stream().filter(d -> d.kind().equals(kind)).toList();
    }

    @Test
    void everyServiceHasItsDeploymentServiceConfigAutoscalerAndDisruptionBudget() {
        for (String service : SERVICES) {
            for (String kind : List.of("ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
                find(kind, service);
            }
            JsonNode deployment = find("Deployment", service).tree();
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            assertThat(find("Service", service).tree().at("/spec/selector/app.kubernetes.io~1name").asText())
                    .as("%s Service selects its pods", service).isEqualTo(podLabels.path("app.kubernetes.io/name").asText());
            assertThat(find("PodDisruptionBudget", service).tree().at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText())
                    .isEqualTo(service);
            JsonNode hpa = find("HorizontalPodAutoscaler", service).tree();
            assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(service);
            assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.at("/spec/maxReplicas").asInt()).isGreaterThan(hpa.at("/spec/minReplicas").asInt());
            assertThat(deployment.at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name").asText()).isEqualTo(service);
        }
        Set<String> deployments = new TreeSet<>();
        all("Deployment").forEach(d -> deployments.add(d.name()));
        assertThat(deployments).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void podsAreProbedLimitedUnprivilegedAndReadOnly() {
        for (Yaml.Document d : all("Deployment")) {
            JsonNode pod = d.tree().at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).as("%s runs as non-root", d).isTrue();
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).as("%s mounts no API token", d).isFalse();
            for (JsonNode c : pod.path("containers")) {
                assertThat(c.at("/readinessProbe/httpGet/path").asText()).as("%s readiness", d).isEqualTo("/q/health/ready");
                assertThat(c.at("/livenessProbe/httpGet/path").asText()).as("%s liveness", d).isEqualTo("/q/health/live");
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    assertThat(c.at("/" + probe + "/httpGet/port").asText()).as("%s %s on the management port", d, probe)
                            .isEqualTo("management");
                }
                assertThat(c.path("ports").findValuesAsText("name")).as("%s ports", d).containsExactlyInAnyOrder("http", "management");
                for (String r : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/cpu",
                        "/resources/limits/memory")) {
                    assertThat(c.at(r).asText()).as("%s %s", d, r).isNotBlank();
                }
                assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as("%s read-only root", d).isTrue();
                assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).as("%s escalation", d).isFalse();
                assertThat(c.at("/securityContext/capabilities/drop").toString()).contains("ALL");
                assertThat(c.path("volumeMounts").findValuesAsText("mountPath")).as("%s writable /tmp", d).contains("/tmp");
            }
            assertThat(pod.path("volumes").findValues("emptyDir")).as("%s /tmp is an emptyDir", d).isNotEmpty();
        }
    }

    @Test
    void theManagementInterfaceIsInNoServiceAndBehindNoIngress() {
        for (Yaml.Document service : all("Service")) {
            for (JsonNode port : service.tree().at("/spec/ports")) {
                assertThat(port.path("targetPort").asText()).as("%s exposes only its public port", service).isNotEqualTo("management");
                assertThat(port.path("port").asInt()).as("%s", service).isNotEqualTo(9000);
            }
        }
        for (Yaml.Document ingress : all("Ingress")) {
            for (JsonNode backend : ingress.tree().findValues("backend")) {
                assertThat(backend.at("/service/port/name").asText("")).as("%s", ingress).isNotEqualTo("management");
                assertThat(backend.at("/service/port/number").asInt(0)).as("%s", ingress).isNotEqualTo(9000);
            }
        }
        for (Yaml.Document d : all("ConfigMap")) {
            if (SERVICES.contains(d.name())) {
                assertThat(d.tree().at("/data/MANAGEMENT_PORT").asText()).as("%s management port", d).isEqualTo("9000");
            }
        }
    }

    @Test
    void noSecretValueIsWrittenInAnyManifest() {
        assertThat(all("Secret")).as("Secrets are created in the cluster, never committed").isEmpty();
        List<String> inlined = new ArrayList<>();
        for (Yaml.Document d : all("Deployment")) {
            for (JsonNode env : d.tree().at("/spec/template/spec/containers/0/env")) {
                if (SECRET_NAME.matcher(env.path("name").asText()).matches()
                        && (env.has("value") || !env.at("/valueFrom/secretKeyRef/name").isTextual())) {
                    inlined.add(d + " " + env.path("name").asText());
                }
            }
        }
        for (Yaml.Document d : all("ConfigMap")) {
            d.tree().path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    inlined.add(d + " " + key);
                }
            });
        }
        JsonNode realm = find("KeycloakRealmImport", "tca").tree().at("/spec/realm");
        realm.path("clients").forEach(c -> {
            if (c.has("secret") && !c.path("secret").asText().matches("\\$\\{[A-Z_]+}")) {
                inlined.add("client secret of " + c.path("clientId").asText());
            }
        });
        realm.path("users").forEach(u -> {
            if (u.has("credentials")) {
                inlined.add("credentials of " + u.path("username").asText());
            }
        });
        assertThat(inlined).isEmpty();
    }

    @Test
    void onlyTheGatewayAndTheLoginPagesAreReachableFromOutside() {
        JsonNode deny = find("NetworkPolicy", "default-deny").tree();
        assertThat(deny.at("/spec/podSelector").size()).isZero();
        assertThat(deny.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
        Set<String> exposed = new HashSet<>();
        for (Yaml.Document d : all("NetworkPolicy")) {
            for (JsonNode rule : d.tree().at("/spec/ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (peer.has("namespaceSelector") && peer.toString().contains("ingress-nginx")) {
                        exposed.add(selected(d.tree()));
                    }
                }
            }
        }
        assertThat(exposed).containsExactlyInAnyOrder("gateway", "keycloak");
        Set<String> backends = new TreeSet<>();
        find("Ingress", "tca").tree().findValues("service").forEach(s -> backends.add(s.path("name").asText()));
        assertThat(backends).containsExactlyInAnyOrder("gateway", "keycloak-service");
    }

    @Test
    void eachServiceReachesOnlyItsDatabaseKeycloakDnsAndTheServicesItCalls() {
        for (String service : SERVICES) {
            JsonNode policy = find("NetworkPolicy", service).tree();
            assertThat(selected(policy)).isEqualTo(service);
            assertThat(policy.at("/spec/policyTypes").toString()).contains("Egress");
            Set<String> services = new TreeSet<>();
            Set<String> databases = new TreeSet<>();
            Set<String> other = new TreeSet<>();
            for (JsonNode rule : policy.at("/spec/egress")) {
                for (JsonNode peer : rule.path("to")) {
                    JsonNode labels = peer.at("/podSelector/matchLabels");
                    if (labels.has("app.kubernetes.io/name")) {
                        services.add(labels.path("app.kubernetes.io/name").asText());
                    } else if (labels.has("cnpg.io/cluster")) {
                        databases.add(labels.path("cnpg.io/cluster").asText());
                    } else if (labels.path("app").asText().equals("keycloak") || labels.path("k8s-app").asText().equals("kube-dns")) {
                        other.add(labels.path("app").asText(labels.path("k8s-app").asText()));
                    } else {
                        other.add(peer.toString());
                    }
                }
            }
            assertThat(services).as("%s calls", service).containsExactlyInAnyOrderElementsOf(CALLS.get(service));
            assertThat(databases).as("%s databases", service)
                    .containsExactlyElementsOf(DATABASE.containsKey(service) ? List.of(DATABASE.get(service)) : List.of());
            assertThat(other).as("%s other peers", service).containsExactlyInAnyOrder("keycloak", "kube-dns");
        }
        // and each database lets in only its own service (besides the operator and its own instances)
        DATABASE.forEach((service, db) -> {
            JsonNode policy = find("NetworkPolicy", db).tree();
            Set<String> clients = new TreeSet<>(policy.at("/spec/ingress").findValuesAsText("app.kubernetes.io/name"));
            assertThat(clients).as("%s clients", db).containsExactly(service);
        });
    }

    @Test
    void eachServiceHasItsOwnPostgreSqlClusterAndReadsItsCredentialsFromTheOperatorsSecret() {
        DATABASE.forEach((service, db) -> {
            JsonNode cluster = find("Cluster", db).tree();
            assertThat(cluster.path("apiVersion").asText()).startsWith("postgresql.cnpg.io/");
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo(service.replace("-service", ""));
            List<String> secrets = find("Deployment", service).tree().findValuesAsText("name").stream()
                    .filter(n -> n.endsWith("-db-app")).distinct().toList();
            assertThat(secrets).as("%s credentials", service).containsExactly(db + "-app");
        });
    }

    @Test
    void keycloakRunsTheTestedVersionWithTheCommittedRealm() throws Exception {
        String generated = RealmImport.generate();
        if (Boolean.getBoolean("manifests.update")) {
            Files.writeString(RealmImport.importFile(), generated);
        }
        JsonNode keycloak = find("Keycloak", "keycloak").tree();
        assertThat(keycloak.at("/spec/image").asText()).endsWith(":" + System.getProperty("keycloak.version"));
        assertThat(find("KeycloakRealmImport", "tca").tree().at("/spec/keycloakCRName").asText()).isEqualTo("keycloak");
        assertThat(Files.readString(RealmImport.importFile()))
                .as("realm-import.yaml is generated from tca-realm.json; regenerate with -Dmanifests.update=true")
                .isEqualTo(generated);
        assertThat(Files.readString(RealmImport.importFile())).startsWith("# GENERATED");
    }

    @Test
    void keycloakShowsTheSignInPagesInTheCommittedLoginTheme() throws Exception {
        String generated = LoginTheme.generate();
        if (Boolean.getBoolean("manifests.update")) {
            Files.writeString(LoginTheme.configMapFile(), generated);
        }
        assertThat(Files.readString(LoginTheme.configMapFile()))
                .as("login-theme.yaml is generated from deploy/keycloak/themes/govuk; regenerate with -Dmanifests.update=true")
                .isEqualTo(generated);
        JsonNode configMap = find("ConfigMap", LoginTheme.NAME).tree();
        assertThat(configMap.path("data").fieldNames()).toIterable()
                .containsExactlyElementsOf(LoginTheme.files().stream().map(LoginTheme::key).toList());
        // every file mounted at its own path, where Keycloak finds the realm's loginTheme
        JsonNode pod = find("Keycloak", "keycloak").tree().at("/spec/unsupported/podTemplate/spec");
        assertThat(pod.at("/containers/0/volumeMounts/0/mountPath").asText()).isEqualTo("/opt/keycloak/themes/govuk");
        JsonNode volume = pod.at("/volumes/0");
        assertThat(volume.at("/configMap/name").asText()).isEqualTo(LoginTheme.NAME);
        List<String> mounted = new java.util.ArrayList<>();
        volume.at("/configMap/items").forEach(item -> {
            assertThat(item.path("key").asText()).isEqualTo(LoginTheme.key(item.path("path").asText()));
            mounted.add(item.path("path").asText());
        });
        assertThat(mounted).containsExactlyElementsOf(LoginTheme.files());
        assertThat(find("KeycloakRealmImport", "tca").tree().at("/spec/realm/loginTheme").asText()).isEqualTo("govuk");
    }

    @Test
    void theOverlaysPatchOnlyWhatTheBaseHas() {
        for (String overlay : List.of("local", "production")) {
            Kustomization k = Kustomization.at(Yaml.root().resolve("deploy/kubernetes/overlays/" + overlay));
            List<Yaml.Document> base = k.resources();
            assertThat(base).as(overlay).hasSameSizeAs(DOCS);
            for (JsonNode patch : k.patches()) {
                if (patch.has("path")) {
                    for (Yaml.Document d : Yaml.documents(k.directory().resolve(patch.path("path").asText()))) {
                        assertThat(base).as("%s patches %s", overlay, d)
                                .anyMatch(b -> b.kind().equals(d.kind()) && b.name().equals(d.name()));
                    }
                } else {
                    String kind = patch.at("/target/kind").asText();
                    String name = patch.at("/target/name").asText(null);
                    List<Yaml.Document> targets = base.stream()
                            .filter(b -> b.kind().equals(kind) && (name == null || b.name().equals(name))).toList();
                    assertThat(targets).as("%s patch target %s/%s", overlay, kind, name).isNotEmpty();
                    for (Object op : new org.yaml.snakeyaml.Yaml().loadAs(patch.path("patch").asText(), List.class)) {
                        String path = (String) ((Map<?, ?>) op).get("path");
                        for (Yaml.Document t : targets) {
                            assertThat(t.tree().at(path).isMissingNode()).as("%s: %s has %s", overlay, t, path).isFalse();
                        }
                    }
                }
            }
            for (JsonNode image : k.file().path("images")) {
                assertThat(SERVICES).contains(image.path("name").asText().replace("tca/", ""));
            }
        }
    }

    private static String selected(JsonNode policy) {
        JsonNode labels = policy.at("/spec/podSelector/matchLabels");
        return labels.path("app.kubernetes.io/name").asText(labels.path("app").asText(labels.toString()));
    }
}
