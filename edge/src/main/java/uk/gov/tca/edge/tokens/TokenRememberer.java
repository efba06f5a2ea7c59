package uk.gov.tca.edge.tokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, in {@link VerifiedTokens}, the bearer token Quarkus OIDC has just verified for the API (its default
 * tenant), with the identity it gave. Runs before any other augmentation, so what is remembered is what the token
 * itself says, and the other augmentors see a remembered identity as they saw it first, on every request. Logins
 * of the code flow (with an ID token) are never remembered.
 */
@ApplicationScoped
public class TokenRememberer implements SecurityIdentityAugmentor {

    /** Where Quarkus OIDC notes the tenant of a request and of an identity. */
    static final String TENANT_ID = "tenant-id";
    /** The tenant of bearer tokens: Quarkus OIDC's default one. */
    private static final String API_TENANT = "Default";

    private final VerifiedTokens tokens;

    public TokenRememberer(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    static boolean isApiTenant(Object tenant) {
        return tenant == null || API_TENANT.equals(tenant);
    }

    /** Augmentors run highest first. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
        if (!identity.isAnonymous() && identity.getAttribute(VerifiedTokens.FROM_MEMORY) == null
                && HttpSecurityUtils.getRoutingContextAttribute(attributes) != null
                && bearer != null && !bearer.isOpaque() && identity.getCredential(IdTokenCredential.class) == null
                && API_TENANT.equals(identity.getAttribute(TENANT_ID))
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            tokens.remember(bearer.getToken(), identity, jwt.getExpirationTime());
        }
        return Uni.createFrom().item(identity);
    }
}
