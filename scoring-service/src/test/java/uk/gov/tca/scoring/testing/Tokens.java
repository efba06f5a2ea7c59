package uk.gov.tca.scoring.testing;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.Set;

/** Tokens as the identity provider issues them: a user, one role, and the organisation the user works for. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String user, String role, String organisation) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(role), "sub-" + user, "Bearer",
                Set.of("https://service.example.com"), Map.of("org", organisation));
    }

    /** A token that names no organisation, as a misconfigured client's would. */
    public static String withoutOrganisation(String user, String role) {
        return OidcWiremockTestResource.getAccessToken(user, Set.of(role));
    }
}
