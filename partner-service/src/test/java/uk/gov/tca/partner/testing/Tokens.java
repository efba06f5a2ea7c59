package uk.gov.tca.partner.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Set;

/** Signed tokens from the mock OIDC server, one per kind of caller. */
public final class Tokens {

    private Tokens() {
    }

    public static String manager() {
        return OidcWiremockTestResource.getAccessToken("manager.dclg", Set.of("programme-manager"));
    }

    /** A bidder's token names its council (claim org), as the realm's mapper puts it there. */
    public static String bidder() {
        return OidcWiremockTestResource.generateJwtToken("bidder.babergh", Set.of("bidder"), "sub-bidder.babergh", "Bearer",
                Set.of("https://service.example.com"), java.util.Map.of("org", "GB-LAE-BAB"));
    }

    public static String bidderWithoutOrganisation() {
        return OidcWiremockTestResource.getAccessToken("bidder.nobody", Set.of("bidder"));
    }

    public static String assessor() {
        return OidcWiremockTestResource.getAccessToken("assessor.dclg", Set.of("assessor"));
    }

    public static String integrator() {
        return OidcWiremockTestResource.getAccessToken("service-account-gov-integrator", Set.of("integrator"));
    }
}
