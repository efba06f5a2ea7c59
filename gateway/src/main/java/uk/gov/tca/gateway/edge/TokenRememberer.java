package uk.gov.tca.gateway.edge;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, in {@link VerifiedTokens}, the bearer token of an {@code /api} request that Quarkus OIDC has just
 * verified for the API's tenant, with the identity it gave. Runs after any other augmentation, so what is
 * remembered is the identity as the request saw it.
 */
@ApplicationScoped
public class TokenRememberer implements SecurityIdentityAugmentor {

    /** The tenant of bearer tokens on /api (Quarkus OIDC's default tenant). */
    private static final String API_TENANT = "Default";

    private final VerifiedTokens tokens;

    public TokenRememberer(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (!identity.isAnonymous() && identity.getAttribute(VerifiedTokens.FROM_CACHE) == null
                && rc != null && RememberedTokenProvider.isApi(rc) && token != null && !token.isOpaque()
                && API_TENANT.equals(identity.getAttribute("tenant-id"))
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            tokens.remember(token.getToken(), identity, jwt.getExpirationTime());
        }
        return Uni.createFrom().item(identity);
    }
}
