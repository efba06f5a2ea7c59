package uk.gov.tca.partner.rest;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/** Signed tokens from the mock OIDC server, one per kind of caller. */
final class Tokens {

    private Tokens() {
    }

    static String manager() {
        return OidcWiremockTestResource.getAccessToken("manager.dclg", Set.of("programme-manager"));
    }

    static String bidder() {
        return OidcWiremockTestResource.getAccessToken("bidder.babergh", Set.of("bidder"));
    }

    static String assessor() {
        return OidcWiremockTestResource.getAccessToken("assessor.dclg", Set.of("assessor"));
    }

    static String integrator() {
        return OidcWiremockTestResource.getAccessToken("service-account-gov-integrator", Set.of("integrator"));
    }
}
