package uk.gov.tca.bid.rest;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;

/** Signed tokens from the mock OIDC server, with the org claim a Keycloak token carries. */
final class Tokens {

    private Tokens() {
    }

    static String bidder(String user, String org) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("bidder"), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", org));
    }

    static String babergh() {
        return bidder("bidder.babergh", "GB-LAE-BAB");
    }

    static String midSuffolk() {
        return bidder("bidder.midsuffolk", "GB-LAE-MSU");
    }

    static String cheshireWest() {
        return bidder("bidder.cheshirewest", "GB-LAE-CHW");
    }

    static String bidderWithoutOrganisation() {
        return OidcWiremockTestResource.getAccessToken("bidder.nobody", Set.of("bidder"));
    }

    static String manager() {
        return OidcWiremockTestResource.generateJwtToken("manager.dclg", Set.of("programme-manager"), "sub-manager",
                "Bearer", Set.of("https://service.example.com"), Map.of("org", "TCA-DCLG"));
    }

    static String assessor() {
        return OidcWiremockTestResource.generateJwtToken("assessor.dclg", Set.of("assessor"), "sub-assessor",
                "Bearer", Set.of("https://service.example.com"), Map.of("org", "TCA-DCLG"));
    }

    /** The scoring-service's service account. */
    static String scoringService() {
        return OidcWiremockTestResource.getAccessToken("service-account-scoring-service", Set.of("service"));
    }

    static String assessor(String user) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("assessor"), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", "TCA-DCLG"));
    }

    static String integrator() {
        return OidcWiremockTestResource.getAccessToken("service-account-gov-integrator", Set.of("integrator"));
    }
}
