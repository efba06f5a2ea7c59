package uk.gov.tca.bid.bids;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.tca.bid.testing.Actor.babergh;
import static uk.gov.tca.bid.testing.Actor.cheshireWest;
import static uk.gov.tca.bid.testing.Actor.manager;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.tca.bid.testing.Fixtures;
import uk.gov.tca.bid.testing.PartnerStub;
import uk.gov.tca.platform.testing.EmbeddedPostgresResource;

/**
 * What a proposal carries wherever it comes from: references it is known by elsewhere (found by the list), the
 * committee that owns it, how far it has got, its approval chain, and RAG ratings on its savings by year.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerStub.class)
class ProposalRecordTests {

    private static Map<String, Object> proposal(String round, String planningReference) {
        Map<String, Object> bid = Fixtures.baberghBid(round);
        bid.put("references", List.of(
                Map.of("kind", "BUSINESS_PLANNING", "value", planningReference, "issuedBy", "GB-LAE-BAB",
                        "label", "Future Fit proposal sheet"),
                Map.of("kind", "COMMITTEE_REPORT", "value", "Cabinet 10 Sept 2015, item 7")));
        bid.put("owningBody", Map.of("name", "Future Fit Steering Group", "bodyType", "OTHER", "organisationId", "GB-LAE-BAB"));
        bid.put("maturity", "BUSINESS_CASE");
        bid.put("approvalChain", List.of(
                Map.of("role", "Head of Service", "name", "Neil Anderson", "date", "2015-08-19", "dateAsWritten", "19/08/15"),
                Map.of("role", "Director"),
                Map.of("role", "FFSG")));
        bid.put("signConvention", "SAVINGS_POSITIVE");
        bid.put("benefitLines", List.of(
                Map.of("description", "Remodelled day services", "type", "CASHABLE_SAVING",
                        "period", Map.of("financialYear", "2016/17"), "amount", Fixtures.money(150000, "150"),
                        "rag", "GREEN_ON_TARGET"),
                Map.of("description", "Remodelled day services", "type", "CASHABLE_SAVING",
                        "period", Map.of("financialYear", "2017/18"), "amount", Fixtures.money(-20000, "(20)"),
                        "rag", "AMBER")));
        return bid;
    }

    private static String reference() {
        return "FF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void aProposalKeepsItsReferencesCommitteeMaturityAndApprovalChainAsWritten() {
        String ref = reference();
        String id = babergh().drafts(proposal(Fixtures.openRound(), ref));
        babergh().reads(id).statusCode(200)
                .body("references.value", contains(ref, "Cabinet 10 Sept 2015, item 7"),
                        "references.kind", contains("BUSINESS_PLANNING", "COMMITTEE_REPORT"),
                        "owningBody.name", equalTo("Future Fit Steering Group"),
                        "maturity", equalTo("BUSINESS_CASE"),
                        "approvalChain.role", contains("Head of Service", "Director", "FFSG"),
                        "approvalChain[0].dateAsWritten", equalTo("19/08/15"),
                        "benefitLines.rag", contains("GREEN_ON_TARGET", "AMBER"),
                        // a saving in doubt with no comment is named; a business case need not be signed off yet
                        "warnings.find { it.code == 'RAG_WITHOUT_COMMENT' }.message", equalTo("The benefit line "
                                + "\"Remodelled day services\" in 2017/18 is rated AMBER without a comment saying why"),
                        "warnings.find { it.code == 'RAG_WITHOUT_COMMENT' }.fields", contains("benefitLines[1].ragComment"),
                        "warnings.code", not(hasItem("APPROVAL_CHAIN_INCOMPLETE")));
    }

    @Test
    void anApprovedProposalWhoseChainIsNotSignedIsWarnedNotRefused() {
        Map<String, Object> bid = proposal(Fixtures.openRound(), reference());
        bid.put("maturity", "APPROVED");
        String id = babergh().drafts(bid);
        babergh().reads(id).statusCode(200)
                .body("maturity", equalTo("APPROVED"),
                        "warnings.find { it.code == 'APPROVAL_CHAIN_INCOMPLETE' }.message",
                        equalTo("The proposal is APPROVED but its approval chain has no date for Director, FFSG"),
                        "warnings.find { it.code == 'APPROVAL_CHAIN_INCOMPLETE' }.fields",
                        contains("maturity", "approvalChain[1].date", "approvalChain[2].date"));
    }

    @Test
    void theListFindsAProposalByAnyReferenceItsCommitteeAndItsMaturity() {
        String round = Fixtures.openRound();
        String ref = reference();
        String id = babergh().drafts(proposal(round, ref));
        String other = babergh().drafts(proposal(round, reference()));

        // any reference, whatever its case and spacing
        babergh().searches("reference", "  " + ref.toLowerCase() + " ").statusCode(200)
                .body("total", equalTo(1), "items.id", contains(id));
        manager().searches("reference", ref).statusCode(200).body("items.id", contains(id));
        babergh().searchesRound(round, "reference", "cabinet 10 sept 2015, item 7").statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(id, other));
        babergh().searchesRound(round, "committee", "future fit steering GROUP").statusCode(200).body("total", equalTo(2));
        babergh().searchesRound(round, "maturity", "BUSINESS_CASE").statusCode(200).body("total", equalTo(2));
        babergh().searchesRound(round, "maturity", "CONCEPT").statusCode(200).body("items", empty());
        // a reference finds only what the caller may see: another council's bidder is shown nothing
        cheshireWest().searches("reference", ref).statusCode(200).body("items", empty(), "total", equalTo(0));

        // the references are the bid's as it is now: a changed reference finds it, the old one no longer does
        String etag = babergh().reads(id).statusCode(200).extract().header("ETag");
        String renamed = reference();
        babergh().patches(id, etag, Map.of("references", List.of(Map.of("kind", "FUNDER", "value", renamed)),
                "owningBody", Map.of("name", "Adult Services Board"), "maturity", "CONCEPT")).statusCode(200);
        babergh().searches("reference", ref).statusCode(200).body("items", empty());
        babergh().searches("reference", renamed).statusCode(200).body("items.id", contains(id));
        babergh().searchesRound(round, "committee", "Adult Services Board").statusCode(200).body("items.id", contains(id));
        babergh().searchesRound(round, "maturity", "CONCEPT").statusCode(200).body("items.id", contains(id));
    }

    @Test
    void unreadableProposalFieldsAndFiltersAreRefusedAndNothingIsKept() {
        String round = Fixtures.openRound();
        Map<String, Object> bid = proposal(round, "x".repeat(101));
        babergh().tryToDraft(bid).statusCode(400).body("violations.field", hasItem("references[0].value"));
        Map<String, Object> unnamed = proposal(round, reference());
        unnamed.put("owningBody", Map.of("bodyType", "CABINET"));
        List<Map<String, Object>> chain = new ArrayList<>(List.of(Map.of("name", "No role")));
        unnamed.put("approvalChain", chain);
        babergh().tryToDraft(unnamed).statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("owningBody.name", "approvalChain[0].role"));
        Map<String, Object> odd = proposal(round, reference());
        odd.put("maturity", "FINISHED");
        babergh().tryToDraft(odd).statusCode(400).body("violations[0].field", equalTo("maturity"));
        babergh().searchesRound(round, "size", 100).statusCode(200).body("total", equalTo(0));

        babergh().searches("reference", "r".repeat(101)).statusCode(400)
                .body("violations[0].field", equalTo("reference"), "violations[0].message", containsString("100"));
        babergh().searches("maturity", "FINISHED").statusCode(400).body("violations[0].field", equalTo("maturity"));
    }
}
