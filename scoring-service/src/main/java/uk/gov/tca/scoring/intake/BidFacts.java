package uk.gov.tca.scoring.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What this service needs to know of a bid, from either of the two ways the bid-service tells it: an event on its
 * feed, or the bid itself read back (reconciling a round). {@code version} is the bid's: a newer one replaces an
 * older, never the other way round. {@code status} is the bid-service's status of the bid.
 */
public record BidFacts(String bidId, String roundId, String title, String leadOrganisationId, List<String> organisations,
        BigDecimal amountSought, String status, Long version, Instant submittedAt) {

    /** From a feed event's data (every event carries the bid as it stood after the change). */
    public static BidFacts fromEvent(String bidId, JsonNode data, Instant eventTime) {
        List<String> organisations = new ArrayList<>();
        data.path("organisations").forEach(o -> organisations.add(o.asText()));
        Instant submitted = instant(data.path("submittedAt"), eventTime);
        return new BidFacts(bidId, data.path("roundId").asText(""), data.path("title").asText(""),
                data.path("leadOrganisationId").asText(null), organisations, amount(data.path("amountSought")),
                data.path("status").asText(null), data.hasNonNull("version") ? data.get("version").asLong() : null, submitted);
    }

    /** From the bid as the bid-service answers GET /bids/{id}: its organisations are the lead, every participant and those bid for. */
    public static BidFacts fromBid(JsonNode bid) {
        Set<String> organisations = new LinkedHashSet<>();
        if (bid.hasNonNull("leadOrganisationId")) {
            organisations.add(bid.get("leadOrganisationId").asText());
        }
        bid.path("participants").forEach(p -> {
            if (p.hasNonNull("organisationId")) {
                organisations.add(p.get("organisationId").asText());
            }
            if (p.hasNonNull("onBehalfOf")) {
                organisations.add(p.get("onBehalfOf").asText());
            }
        });
        return new BidFacts(bid.path("id").asText(), bid.path("roundId").asText(""), bid.path("title").asText(""),
                bid.path("leadOrganisationId").asText(null), new ArrayList<>(organisations), amount(bid.path("amountSought")),
                bid.path("status").asText(null), bid.hasNonNull("version") ? bid.get("version").asLong() : null,
                instant(bid.path("submittedAt"), null));
    }

    /** The bid-service's status after an event of this kind, for an event whose data does not say it. */
    public BidFacts withStatusAfter(String kind) {
        if (status != null) {
            return this;
        }
        String after = switch (kind) {
            case "submitted", "participants-changed" -> "SUBMITTED";
            case "in-assessment" -> "IN_ASSESSMENT";
            case "withdrawn" -> "WITHDRAWN";
            case "returned" -> "DRAFT";
            case "decided" -> "DECIDED";
            default -> null;
        };
        return new BidFacts(bidId, roundId, title, leadOrganisationId, organisations, amountSought, after, version,
                submittedAt);
    }

    /** Whether the facts say enough to enter the bid in a round (an event that names no round does not). */
    public boolean complete() {
        return roundId != null && !roundId.isBlank();
    }

    /** A time as the neighbour wrote it; one it wrote in no form this service reads is taken as not given. */
    private static Instant instant(JsonNode value, Instant otherwise) {
        if (!value.isTextual()) {
            return otherwise;
        }
        try {
            return Instant.parse(value.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    private static BigDecimal amount(JsonNode money) {
        JsonNode amount = money.path("amount");
        return amount.isNumber() ? new BigDecimal(amount.asText()) : null;
    }
}
