package uk.gov.tca.scoring.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The scoring-service's partner client against the partner-service's committed contract. */
class PartnerServiceContractTests {

    @Test
    void everyCallIsAPublishedOperation() throws Exception {
        ProviderContracts.everyCallIsPublished(PartnerClient.class, ProviderContracts.of("partner-service"));
    }

    @Test
    void relationsAndOrganisationsHaveTheFieldsUsed() throws Exception {
        JsonNode contract = ProviderContracts.of("partner-service");
        ProviderContracts.hasProperties(contract, "Related", "organisation", "related");
        ProviderContracts.hasProperties(contract, "RelatedOrganisation", "organisation", "links");
        ProviderContracts.hasProperties(contract, "Link", "kind", "type", "collaborationName");
        ProviderContracts.hasProperties(contract, "Organisation", "id", "legalName", "type", "identifiers");
        ProviderContracts.hasProperties(contract, "Identifier", "scheme", "value");
    }
}
