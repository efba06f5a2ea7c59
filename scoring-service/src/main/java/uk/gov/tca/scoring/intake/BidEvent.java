package uk.gov.tca.scoring.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
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
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bid(String bidId, String roundId, String status, String title, String leadOrganisationId,
            List<String> organisations, Amount amountSought, Long version, Instant submittedAt) {
    }

    /** Of an amount, the figure alone: this service ranks and allocates by it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
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
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Withdrawn(Bid bid, String reason) implements BidEvent {
        public String statusAfter() {
            return "WITHDRAWN";
        }
    }

    /** uk.gov.tca.bid.returned: a programme manager sent the bid back to its council, saying why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
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
     * The event as its type says it is, read from its data; empty for a type this service has no use for. Data that
     * is not what its type declares is refused ({@link IllegalArgumentException}), never half read.
     */
    static Optional<BidEvent> read(String type, JsonNode data, ObjectMapper json) {
        if (type == null || !type.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Bid bid = json.convertValue(data, Bid.class);
        String reason = data.path("reason").isTextual() ? data.get("reason").asText() : null;
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
}
