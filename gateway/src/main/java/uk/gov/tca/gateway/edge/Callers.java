package uk.gov.tca.gateway.edge;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, for the rate limit: the OAuth client and the subject of the token, so that one council's
 * burst through a shared client does not starve another's. Without a token, the remote address.
 */
public final class Callers {

    private Callers() {
    }

    public static String of(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                Object client = token.getClaim("azp");
                return "client:" + client + "/" + token.getSubject() + "/" + identity.getPrincipal().getName();
            }
        }
        return "address:" + rc.request().remoteAddress().hostAddress();
    }
}
