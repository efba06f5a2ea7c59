package uk.gov.tca.scoring.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bid-service's feed events this service reads, as the bid-service's contract declares them (schemas
 * BidSubmitted, BidEnteredAssessment, …; the consumer contract test holds each field here to it). Every event carries
 * the bid as it stood after the change; some say more.
 */
public sealed interface BidEvent {

    /** The type prefix of the bid-service's events. */
    String PREFIX = "uk.gov.tca.bid.";

    /** The bid as it stood after the change. */
    Bid bid();

    /** The bid-service's status of the bid after an event of this type, when its data does not say. */
    String statusAfter();

    /** Whether the event enters or keeps the bid in its round (so it must say which round); otherwise it leaves it. */
    default boolean placesInRound() {
        return false;
    }

    /** What every event says of its bid (the contract's BidSummary fields). */
    record Bid(String bidId, String roundId, String status, String title, String leadOrganisationId,
            List<String> organisations, Amount amountSought, Long version, Instant submittedAt) {
    }

    /** Of an amount, the figure alone: this service ranks and allocates by it. */
    record Amount(BigDecimal amount) {
    }

    /** uk.gov.tca.bid.submitted: the bid entered its round. */
    record Submitted(Bid bid) implements BidEvent {
        @Override
        public boolean placesInRound() {
            return true;
        }

        public String statusAfter() {
            return "SUBMITTED";
        }
    }

    /** uk.gov.tca.bid.in-assessment: an assessor was first given the bid. */
    record EnteredAssessment(Bid bid) implements BidEvent {
        @Override
        public boolean placesInRound() {
            return true;
        }

        public String statusAfter() {
            return "IN_ASSESSMENT";
        }
    }

    /** uk.gov.tca.bid.participants-changed: the bid's organisations changed, so its conflicts may have. */
    record ParticipantsChanged(Bid bid) implements BidEvent {
        @Override
        public boolean placesInRound() {
            return true;
        }

        public String statusAfter() {
            return "SUBMITTED";
        }
    }

    /** uk.gov.tca.bid.withdrawn: the lead withdrew the bid, saying why. */
    record Withdrawn(Bid bid, String reason) implements BidEvent {
        public String statusAfter() {
            return "WITHDRAWN";
        }
    }

    /** uk.gov.tca.bid.returned: a programme manager sent the bid back to its council, saying why. */
    record Returned(Bid bid, String reason) implements BidEvent {
        public String statusAfter() {
            return "DRAFT";
        }
    }

    /** uk.gov.tca.bid.decided: the funding decision was recorded. */
    record Decided(Bid bid) implements BidEvent {
        public String statusAfter() {
            return "DECIDED";
        }
    }

    /**
     * The event as its type says it is, read from its data; empty for a type this service has no use for. Each field
     * is read on its own: one written in a form this service does not read (a time it cannot parse, an amount in
     * words) is taken as not given, never the whole event lost — a withdrawal must still end its assessors' access.
     */
    static Optional<BidEvent> read(String type, JsonNode data) {
        if (type == null || !type.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Bid bid = bid(data);
        String reason = text(data, "reason");
        return Optional.ofNullable(switch (type.substring(PREFIX.length())) {
            case "submitted" -> new Submitted(bid);
            case "in-assessment" -> new EnteredAssessment(bid);
            case "participants-changed" -> new ParticipantsChanged(bid);
            case "withdrawn" -> new Withdrawn(bid, reason);
            case "returned" -> new Returned(bid, reason);
            case "decided" -> new Decided(bid);
            default -> null;
        });
    }

    private static Bid bid(JsonNode data) {
        List<String> organisations = new ArrayList<>();
        data.path("organisations").forEach(o -> {
            if (o.isTextual()) {
                organisations.add(o.asText());
            }
        });
        JsonNode amount = data.path("amountSought").path("amount");
        JsonNode version = data.path("version");
        return new Bid(text(data, "bidId"), text(data, "roundId"), text(data, "status"), text(data, "title"),
                text(data, "leadOrganisationId"), organisations,
                amount.isNumber() ? new Amount(amount.decimalValue()) : null,
                version.canConvertToLong() && version.isIntegralNumber() ? version.asLong() : null,
                instant(data.path("submittedAt")));
    }

    private static String text(JsonNode data, String field) {
        return data.path(field).isTextual() ? data.get(field).asText() : null;
    }

    private static Instant instant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
