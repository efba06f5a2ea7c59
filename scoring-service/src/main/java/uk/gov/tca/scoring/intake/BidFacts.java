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

    /** From a feed event, as its type declares it: every event carries the bid as it stood after the change. */
    public static BidFacts of(String bidId, BidEvent event, Instant eventTime) {
        BidEvent.Bid bid = event.bid();
        return new BidFacts(bidId, bid.roundId() == null ? "" : bid.roundId(), bid.title() == null ? "" : bid.title(),
                bid.leadOrganisationId(), bid.organisations() == null ? List.of() : List.copyOf(bid.organisations()),
                bid.amountSought() == null ? null : bid.amountSought().amount(),
                bid.status() == null ? event.statusAfter() : bid.status(), bid.version(),
                bid.submittedAt() == null ? eventTime : bid.submittedAt());
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
