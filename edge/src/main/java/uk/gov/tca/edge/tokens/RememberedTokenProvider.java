package uk.gov.tca.edge.tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asked before Quarkus OIDC: answers a bearer access token from {@link VerifiedTokens} when it was verified
 * before and has not expired; otherwise it answers nothing, and Quarkus OIDC verifies the token in full. A
 * code-flow login (the gateway's web client, whose request carries the ID token) never comes here.
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

    /** Before Quarkus OIDC's provider (at the default, 1001), which is asked next when this one answers nothing. */
    @Override
    public int priority() {
        return 2_000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (rc == null || !(request.getToken() instanceof AccessTokenCredential bearer) || bearer.isOpaque()
                || !TokenRememberer.isApiTenant(rc.get(TokenRememberer.TENANT_ID))) {
            return Uni.createFrom().nullItem();
        }
        return tokens.identityFor(bearer.getToken(), rc)
                .map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }
}
