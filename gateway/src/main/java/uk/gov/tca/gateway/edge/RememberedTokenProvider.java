package uk.gov.tca.gateway.edge;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.tca.gateway.routing.ApiPaths;

/**
 * Asked before Quarkus OIDC: answers a bearer token on {@code /api} from {@link VerifiedTokens} when it was
 * verified before and has not expired; otherwise it answers nothing, and Quarkus OIDC verifies the token in full.
 * The web client's code flow (session cookies under {@code /app}) never comes here.
 */
@ApplicationScoped
public class RememberedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    public RememberedTokenProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Asked before Quarkus OIDC's provider (at the default, 1001), which is asked next when this one answers
     * nothing.
     */
    @Override
    public int priority() {
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (rc == null || !isApi(rc) || !(request.getToken() instanceof AccessTokenCredential)) {
            return Uni.createFrom().nullItem();
        }
        return tokens.identityFor(request.getToken().getToken(), rc)
                .map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    static boolean isApi(RoutingContext rc) {
        return rc.normalizedPath().startsWith(ApiPaths.PREFIX + "/");
    }
}
