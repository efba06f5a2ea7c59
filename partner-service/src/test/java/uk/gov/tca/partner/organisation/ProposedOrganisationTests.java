package uk.gov.tca.partner.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.tca.partner.testing.Actor.assessor;
import static uk.gov.tca.partner.testing.Actor.bidder;
import static uk.gov.tca.partner.testing.Actor.integrator;
import static uk.gov.tca.partner.testing.Actor.manager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * An organisation the register does not have is proposed by the bidder who must name it, usable at once as
 * unverified; a programme manager confirms it, or merges it into the entry it turns out to duplicate.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ProposedOrganisationTests {

    private static Map<String, Object> proposal(String name) {
        return Map.of("legalName", name, "type", "VOLUNTARY_COMMUNITY", "region", "West Midlands");
    }

    private static String aName() {
        return "Community Transport Partnership " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aBidderProposesAnOrganisationThatIsUsableAtOnceAsUnverified() {
        String name = aName();
        String id = bidder().proposes(proposal(name)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern("/organisations/PROPOSED-[0-9A-F]{16}"))
                .body("verified", equalTo(false), "proposedBy", equalTo("bidder.babergh"), "legalName", equalTo(name),
                        "status", equalTo("ACTIVE"))
                .extract().path("id");
        integrator().reads(id).statusCode(200).body("verified", equalTo(false));
        manager().readsTheHistoryOf(id).statusCode(200).body("items.action", contains("ORGANISATION_PROPOSED"));
    }

    @Test
    void aManagerConfirmsAProposalOnce() {
        String id = bidder().proposes(proposal(aName())).statusCode(201).extract().path("id");
        bidder().confirms(id).statusCode(403);
        manager().confirms(id).statusCode(200).body("verified", equalTo(true), "proposedBy", equalTo("bidder.babergh"));
        manager().confirms(id).statusCode(409).body("detail", containsString("verified already"));
        manager().confirms("GB-LAE-NO-SUCH").statusCode(404);
    }

    @Test
    void aDuplicateIsMergedIntoTheEntryItDuplicatesWhoseAliasesGainItsName() {
        String id = bidder().proposes(proposal("Babergh DC Shared Services")).statusCode(201).extract().path("id");
        manager().merges(id, id).statusCode(400).body("violations[0].field", equalTo("into"));
        manager().merges(id, "GB-LAE-NO-SUCH").statusCode(400).body("violations[0].message", containsString("not on the register"));
        String other = bidder().proposes(proposal(aName())).statusCode(201).extract().path("id");
        manager().merges(id, other).statusCode(400).body("violations[0].message", containsString("unverified proposal"));
        manager().reads(id).statusCode(200).body("verified", equalTo(false), "status", equalTo("ACTIVE"));

        String target = "TEST-MERGE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        manager().records(Map.of("id", target, "legalName", "Merge Target Council", "type", "DISTRICT")).statusCode(201);
        manager().merges(id, target).statusCode(200)
                .body("mergedInto", equalTo(target), "status", equalTo("ABOLISHED"), "successors", contains(target),
                        "endDate", org.hamcrest.Matchers.notNullValue());
        manager().reads(target).statusCode(200).body("aliases", hasItem("Babergh DC Shared Services"));
        manager().merges(id, target).statusCode(409);
        manager().confirms(id).statusCode(409);
        // an entry that has ceased (as the merged proposal now has) is no entry to merge into
        String third = bidder().proposes(proposal(aName())).statusCode(201).extract().path("id");
        manager().merges(third, id).statusCode(400).body("violations[0].message", containsString("has ceased to exist: "
                + "merge into its successor " + target));
    }

    @Test
    void aProposalIsNeverWhatANameWrittenElsewhereResolvesTo() {
        String name = "Resolution Test Council " + UUID.randomUUID().toString().substring(0, 6);
        String entry = "TEST-RES-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        manager().records(Map.of("id", entry, "legalName", name, "type", "DISTRICT")).statusCode(201);
        bidder().proposes(Map.of("legalName", name, "type", "DISTRICT")).statusCode(201);
        bidder().request().body(Map.of("names", List.of(name))).post("/organisations/resolve").then().statusCode(200)
                .body("results[0].candidates.organisation.id", contains(entry));
    }

    @Test
    void onlyBiddersAndManagersProposeAndAProposalIsCheckedLikeAnyEntry() {
        assessor().proposes(proposal(aName())).statusCode(403);
        integrator().proposes(proposal(aName())).statusCode(403);
        bidder().proposes(Map.of("legalName", " ", "type", "NOT_A_TYPE")).statusCode(400);
        bidder().proposes(Map.of("legalName", aName(), "type", "VOLUNTARY_COMMUNITY", "id", "GB-LAE-TAKEN")).statusCode(400);
        bidder().proposes(Map.of("legalName", aName(), "type", "VOLUNTARY_COMMUNITY",
                "identifiers", List.of(Map.of("scheme", "GSS", "value", "not a code")))).statusCode(400)
                .body("violations[0].field", startsWith("identifiers[0]"));
        String entry = "TEST-ENTRY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        manager().records(Map.of("id", entry, "legalName", "An Entry Council", "type", "DISTRICT")).statusCode(201);
        manager().merges(entry, entry + "-X").statusCode(409).body("detail", containsString("only a proposed organisation"));
    }
}
