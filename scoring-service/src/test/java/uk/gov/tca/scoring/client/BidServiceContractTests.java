package uk.gov.tca.scoring.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.gov.tca.scoring.intake.BidEvent;
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
        ProviderContracts.hasProperties(contract, "CloudEvent", "id", "type", "subject", "time", "cursor", "data",
                "dataschema");
    }

    /**
     * Each feed event type intake reads is one the provider publishes (its page's discriminator maps the type to an
     * event schema), and every field intake reads of its data — each component of the records it reads it into — is a
     * property of that type's data schema, of a matching kind.
     */
    @Test
    void everyEventIntakeReadsIsPublishedWithEveryFieldItReads() throws Exception {
        JsonNode contract = ProviderContracts.of("bid-service");
        JsonNode schemas = contract.path("components").path("schemas");
        JsonNode mapping = schemas.path("BidFeedPage").path("properties").path("events").path("items")
                .path("discriminator").path("mapping");
        Map<String, Class<? extends BidEvent>> read = Map.of(
                "submitted", BidEvent.Submitted.class, "in-assessment", BidEvent.EnteredAssessment.class,
                "participants-changed", BidEvent.ParticipantsChanged.class, "withdrawn", BidEvent.Withdrawn.class,
                "returned", BidEvent.Returned.class, "decided", BidEvent.Decided.class);
        assertThat(BidEvent.class.getPermittedSubclasses()).as("every event type intake reads is checked here")
                .containsExactlyInAnyOrderElementsOf(read.values());
        read.forEach((kind, record) -> {
            String type = BidEvent.PREFIX + kind;
            assertThat(mapping.has(type)).as("the provider publishes %s", type).isTrue();
            JsonNode event = schemas.path(name(mapping.get(type).asText()));
            JsonNode data = schemas.path(name(event.path("allOf").get(1).path("properties").path("data").path("$ref")
                    .asText()));
            for (RecordComponent field : record.getRecordComponents()) {
                if (field.getType() == BidEvent.Bid.class) {
                    fieldsRead(schemas, data, BidEvent.Bid.class, type);
                } else {
                    assertKind(schemas, data, field, type);
                }
            }
        });
    }

    private static void fieldsRead(JsonNode schemas, JsonNode data, Class<?> record, String type) {
        for (RecordComponent field : record.getRecordComponents()) {
            assertKind(schemas, data, field, type);
            if (field.getType().isRecord()) {
                JsonNode nested = schemas.path(name(data.path("properties").path(field.getName()).path("$ref").asText()));
                fieldsRead(schemas, nested, field.getType(), type + "." + field.getName());
            }
        }
    }

    /** The field is in the schema, and the schema's kind of value is one the field's Java type reads. */
    private static void assertKind(JsonNode schemas, JsonNode data, RecordComponent field, String where) {
        JsonNode property = data.path("properties").path(field.getName());
        assertThat(property.isMissingNode()).as("%s carries %s", where, field.getName()).isFalse();
        JsonNode resolved = property.has("$ref") ? schemas.path(name(property.get("$ref").asText())) : property;
        String kind = resolved.path("type").isArray() ? resolved.path("type").get(0).asText()
                : resolved.path("type").asText(resolved.has("enum") ? "string" : "object");
        Class<?> java = field.getType();
        String expected = java == String.class ? "string" : java == Long.class || java == long.class ? "integer"
                : java == BigDecimal.class ? "number" : List.class.isAssignableFrom(java) ? "array"
                : java == Instant.class ? "string" : "object";
        assertThat(kind).as("%s.%s is read as %s", where, field.getName(), java.getSimpleName()).isEqualTo(expected);
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
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
        assertThat(contract.path("components").path("schemas").path("DecisionOutcome").path("enum").toString())
                .contains("FUNDED", "PART_FUNDED", "RESERVE", "UNFUNDED");
    }
}
