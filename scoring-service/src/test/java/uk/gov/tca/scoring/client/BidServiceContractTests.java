package uk.gov.tca.scoring.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The scoring-service's bid-service client against the bid-service's committed contract: the calls it makes
 * and the fields it reads. A change on the provider's side that would break this service fails here.
 */
class BidServiceContractTests {

    @Test
    void everyCallIsAPublishedOperation() throws Exception {
        ProviderContracts.everyCallIsPublished(BidServiceClient.class, ProviderContracts.of("bid-service"));
    }

    @Test
    void theFeedCarriesWhatIntakeReads() throws Exception {
        JsonNode contract = ProviderContracts.of("bid-service");
        ProviderContracts.hasProperties(contract, "FeedPage", "events", "next");
        ProviderContracts.hasProperties(contract, "CloudEvent", "id", "type", "subject", "time", "cursor", "data");
    }

    @Test
    void appraisalRoundsAndDecisionsHaveTheFieldsUsed() throws Exception {
        JsonNode contract = ProviderContracts.of("bid-service");
        ProviderContracts.hasProperties(contract, "Appraisal", "benefitCostRatio", "roi", "paybackYear");
        ProviderContracts.hasProperties(contract, "Round", "id", "name", "budget");
        ProviderContracts.hasProperties(contract, "DecisionInput", "outcome", "amountAwarded", "reason");
        ProviderContracts.hasProperties(contract, "Money", "amount", "qualifier", "scale");
        ProviderContracts.hasProperties(contract, "Bid", "title", "leadOrganisationId", "participants", "narrative",
                "costLines");
        ProviderContracts.hasProperties(contract, "Participant", "organisationId", "roles");
        assertThat(contract.path("components").path("schemas").path("Outcome").path("enum").toString())
                .contains("FUNDED", "PART_FUNDED", "RESERVE", "UNFUNDED");
    }
}
