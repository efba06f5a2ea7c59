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

    /** A bidder's token names its council (claim org), as the realm's mapper puts it there. */
    static String bidder() {
        return OidcWiremockTestResource.generateJwtToken("bidder.babergh", Set.of("bidder"), "sub-bidder.babergh", "Bearer",
                Set.of("https://service.example.com"), java.util.Map.of("org", "GB-LAE-BAB"));
    }

    static String bidderWithoutOrganisation() {
        return OidcWiremockTestResource.getAccessToken("bidder.nobody", Set.of("bidder"));
    }

    static String assessor() {
        return OidcWiremockTestResource.getAccessToken("assessor.dclg", Set.of("assessor"));
    }

    static String integrator() {
        return OidcWiremockTestResource.getAccessToken("service-account-gov-integrator", Set.of("integrator"));
    }
}
