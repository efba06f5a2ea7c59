package uk.gov.tca.bid.bids;

import static org.hamcrest.Matchers.equalTo;
import static uk.gov.tca.bid.testing.Actor.babergh;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.http.PublicPaths;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * What a response hands out is followable where the caller stands: through the gateway ({@code X-Forwarded-Prefix:
 * /api}) a new bid's Location and a problem's instance carry {@code /api}; straight to the service they do not.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class PublicPathsTests {

    @Test
    void throughTheGatewayANewBidsLocationCarriesThePublicPrefixAndStraightToTheServiceItDoesNot() {
        String round = Fixtures.openRound();
        String key = UUID.randomUUID().toString();
        var created = babergh().request().header(PublicPaths.PREFIX_HEADER, "/api").header("Idempotency-Key", key)
                .body(Fixtures.baberghBid(round)).post("/bids").then().statusCode(201).extract();
        String id = created.path("id");
        created.response().then().header("Location", "/api/bids/" + id);
        // the retry through the gateway gets the same, prefixed; the same key straight to the service, unprefixed
        babergh().request().header(PublicPaths.PREFIX_HEADER, "/api").header("Idempotency-Key", key)
                .body(Fixtures.baberghBid(round)).post("/bids").then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", "/api/bids/" + id);
        babergh().request().header("Idempotency-Key", key).body(Fixtures.baberghBid(round)).post("/bids").then()
                .statusCode(201).header("Location", "/bids/" + id);
    }

    @Test
    void aProblemsInstanceIsThePathTheCallerAskedFor() {
        babergh().request().header(PublicPaths.PREFIX_HEADER, "/api").get("/bids/no-such-bid").then().statusCode(404)
                .contentType("application/problem+json").body("instance", equalTo("/api/bids/no-such-bid"));
        babergh().reads("no-such-bid").statusCode(404).body("instance", equalTo("/bids/no-such-bid"));
        babergh().request().header(PublicPaths.PREFIX_HEADER, "/api").body("{\"roundId\": ").post("/bids").then()
                .statusCode(400).body("instance", equalTo("/api/bids"));
    }

    @Test
    void aPrefixThatIsNotAPlainPathIsIgnored() {
        for (String prefix : new String[] {"https://elsewhere.example", "/api/../admin", "api", "/a b", "/" + "x".repeat(41)}) {
            babergh().request().header(PublicPaths.PREFIX_HEADER, prefix).get("/bids/no-such-bid").then()
                    .statusCode(404).body("instance", equalTo("/bids/no-such-bid"));
        }
    }
}
