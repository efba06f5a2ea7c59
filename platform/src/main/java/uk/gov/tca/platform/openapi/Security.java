package uk.gov.tca.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * How a caller gets the bearer token every operation needs, as OAuth2 flows of the Keycloak realm: client credentials
 * for the systems that integrate, authorization code for people. A generated client and Swagger UI's "Authorize"
 * read the token URL from here. The realm is {@code tca.openapi.realm-url} (the local stack's by default), fixed
 * at build so the committed contract is the same in every profile.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class Security implements OASFilter {

    /** The name operations give in {@code @SecurityRequirement}. */
    public static final String SCHEME = "keycloak";

    static final String DEFAULT_REALM = "http://127.0.0.1:8180/realms/tca";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        String realm = ConfigProvider.getConfig().getOptionalValue("tca.openapi.realm-url", String.class)
                .orElse(DEFAULT_REALM);
        String token = realm + "/protocol/openid-connect/token";
        if (api.getComponents() == null) {
            api.components(OASFactory.createComponents());
        }
        api.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("A bearer token from the Keycloak realm tca. Systems that integrate use the client "
                        + "credentials flow with the client issued to them (its roles say what it may read); people "
                        + "(bidders, assessors, managers) sign in with the authorization code flow. Every call sends "
                        + "the token as `Authorization: Bearer <token>`.")
                .flows(OASFactory.createOAuthFlows()
                        .clientCredentials(flow(null, token))
                        .authorizationCode(flow(realm + "/protocol/openid-connect/auth", token))));
        api.getComponents().removeSecurityScheme("bearer");
        // every operation needs a token: said once for the document, as well as by each operation
        api.security(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
    }

    private static OAuthFlow flow(String authorizationUrl, String tokenUrl) {
        return OASFactory.createOAuthFlow().authorizationUrl(authorizationUrl).tokenUrl(tokenUrl)
                .scopes(new java.util.LinkedHashMap<>());
    }
}
