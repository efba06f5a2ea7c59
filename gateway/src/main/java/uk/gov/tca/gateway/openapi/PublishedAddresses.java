package uk.gov.tca.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Where the gateway is and where its tokens come from, as this gateway is configured when it starts: the document is
 * built once with the build's settings, but a stack on other ports (the end-to-end tests') or in production has its
 * own public address ({@code gateway.public-url}) and realm ({@code quarkus.oidc.auth-server-url}, the one the gateway
 * checks tokens against). Swagger UI's "Authorize" and "Try it out" use exactly these.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class PublishedAddresses implements OASFilter {

    private static final String OIDC_ENDPOINTS = "/protocol/openid-connect/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        apply(document, ConfigProvider.getConfig());
    }

    static void apply(OpenAPI document, Config config) {
        String publicUrl = config.getValue("gateway.public-url", String.class);
        if (document.getServers() != null && !document.getServers().isEmpty()) {
            document.getServers().get(0).setUrl(publicUrl);
        }
        String realm = config.getValue("quarkus.oidc.auth-server-url", String.class).replaceAll("/+$", "");
        if (document.getComponents() == null || document.getComponents().getSecuritySchemes() == null) {
            return;
        }
        for (SecurityScheme scheme : document.getComponents().getSecuritySchemes().values()) {
            if (scheme.getType() != SecurityScheme.Type.OAUTH2 || scheme.getFlows() == null) {
                continue;
            }
            var flows = scheme.getFlows();
            Stream.of(flows.getClientCredentials(), flows.getAuthorizationCode(), flows.getPassword(), flows.getImplicit())
                    .filter(flow -> flow != null)
                    .forEach(flow -> onRealm(flow, realm));
        }
    }

    private static void onRealm(OAuthFlow flow, String realm) {
        flow.setAuthorizationUrl(onRealm(flow.getAuthorizationUrl(), realm));
        flow.setTokenUrl(onRealm(flow.getTokenUrl(), realm));
        flow.setRefreshUrl(onRealm(flow.getRefreshUrl(), realm));
    }

    /** {@code http://127.0.0.1:8180/realms/tca/protocol/openid-connect/token} on another realm URL. */
    static String onRealm(String url, String realm) {
        if (url == null) {
            return null;
        }
        int endpoints = url.indexOf(OIDC_ENDPOINTS);
        return endpoints < 0 ? url : realm + url.substring(endpoints);
    }
}
