package uk.gov.tca.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, from its validated token. */
@ApplicationScoped
public class Callers {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller current() {
        Object org = token.getClaim("org");
        return new Caller(identity.getPrincipal().getName(), org == null ? null : org.toString(), identity.getRoles());
    }
}
