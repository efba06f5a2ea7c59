package uk.gov.tca.bid.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;

/** Signed tokens from the mock OIDC server, with the org claim a Keycloak token carries. */
public final class Tokens {

    private Tokens() {
    }

    public static String bidder(String user, String org) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("bidder"), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", org));
    }

    public static String babergh() {
        return bidder("bidder.babergh", "GB-LAE-BAB");
    }

    public static String midSuffolk() {
        return bidder("bidder.midsuffolk", "GB-LAE-MSU");
    }

    public static String cheshireWest() {
        return bidder("bidder.cheshirewest", "GB-LAE-CHW");
    }

    public static String bidderWithoutOrganisation() {
        return OidcWiremockTestResource.getAccessToken("bidder.nobody", Set.of("bidder"));
    }

    public static String manager() {
        return OidcWiremockTestResource.generateJwtToken("manager.dclg", Set.of("programme-manager"), "sub-manager",
                "Bearer", Set.of("https://service.example.com"), Map.of("org", "TCA-DCLG"));
    }

    /** A programme manager of another funder: Worcestershire County Council, which runs its own fund. */
    public static String managerOf(String user, String org) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("programme-manager"), "sub-" + user,
                "Bearer", Set.of("https://service.example.com"), Map.of("org", org));
    }

    public static String assessorOf(String user, String org) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("assessor"), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", org));
    }

    /** Someone who runs its council's own fund and bids for it elsewhere. */
    public static String managerAndBidderOf(String user, String org) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("programme-manager", "bidder"), "sub-" + user,
                "Bearer", Set.of("https://service.example.com"), Map.of("org", org));
    }

    public static String assessor() {
        return OidcWiremockTestResource.generateJwtToken("assessor.dclg", Set.of("assessor"), "sub-assessor",
                "Bearer", Set.of("https://service.example.com"), Map.of("org", "TCA-DCLG"));
    }

    /** The scoring-service's service account. */
    public static String scoringService() {
        return OidcWiremockTestResource.getAccessToken("service-account-scoring-service", Set.of("service"));
    }

    public static String assessor(String user) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of("assessor"), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", "TCA-DCLG"));
    }

    public static String integrator() {
        return OidcWiremockTestResource.getAccessToken("service-account-gov-integrator", Set.of("integrator"));
    }
}
