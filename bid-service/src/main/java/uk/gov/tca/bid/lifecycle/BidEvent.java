package uk.gov.tca.bid.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to a bid: each change a bid makes returns one of these, and the change is recorded from it alone —
 * the audit record always, and, for what is news beyond the bid's own organisations, the event on the change feed
 * (its {@link #feedKind()}; the record's JSON is the event's {@code data}, its schema in the contract).
 */
public sealed interface BidEvent {

    /** The bid as it stands after the change. */
    BidSummary bid();

    /** The audit record's action. */
    String auditAction();

    /** The feed's name for the change ({@code submitted}), or null when it is not for the feed. */
    String feedKind();

    /** What the audit record's after-state says besides the bid itself (why it was withdrawn). */
    default Map<String, Object> auditNote() {
        return Map.of();
    }

    /**
     * The events on the feed: each kind ({@code submitted}, the last part of the type {@code uk.gov.tca.bid.submitted})
     * with the record that is its data, whose {@link Schema} name is the data's schema in the contract.
     */
    Map<String, Class<? extends BidEvent>> ON_THE_FEED = Map.of(
            Kinds.SUBMITTED, Submitted.class,
            Kinds.IN_ASSESSMENT, EnteredAssessment.class,
            Kinds.PARTICIPANTS_CHANGED, ParticipantDeclined.class,
            Kinds.WITHDRAWN, Withdrawn.class,
            Kinds.RETURNED, Returned.class,
            Kinds.DECIDED, Decided.class);

    /** The name in the contract of the schema of a kind's data; null for a kind not on the feed. */
    static String schemaOf(String kind) {
        Class<? extends BidEvent> type = ON_THE_FEED.get(kind);
        return type == null ? null : type.getAnnotation(Schema.class).name();
    }

    /** The feed kinds, each the last part of an event type ({@code uk.gov.tca.bid.submitted}). */
    final class Kinds {
        public static final String SUBMITTED = "submitted";
        public static final String IN_ASSESSMENT = "in-assessment";
        public static final String PARTICIPANTS_CHANGED = "participants-changed";
        public static final String WITHDRAWN = "withdrawn";
        public static final String RETURNED = "returned";
        public static final String DECIDED = "decided";

        private Kinds() {
        }
    }

    /** A council started a draft. */
    record Drafted(BidSummary bid) implements BidEvent {
        public String auditAction() {
            return "BID_CREATED";
        }

        public String feedKind() {
            return null;
        }
    }

    /** The lead changed its draft. */
    record Revised(BidSummary bid) implements BidEvent {
        public String auditAction() {
            return "BID_UPDATED";
        }

        public String feedKind() {
            return null;
        }
    }

    /** An organisation named on the bid agreed to its part. */
    record ParticipantConfirmed(BidSummary bid, String organisationId) implements BidEvent {
        public String auditAction() {
            return "BID_PARTICIPANT_CONFIRMED";
        }

        public String feedKind() {
            return null;
        }
    }

    /** The register confirmed participants saved while it could not be asked. */
    record ParticipantsVerified(BidSummary bid) implements BidEvent {
        public String auditAction() {
            return "PARTICIPANTS_VERIFIED";
        }

        public String feedKind() {
            return null;
        }
    }

    /** A bid entered its round: submitted by its lead, or recorded as submitted by a programme manager. */
    @Schema(name = "BidSubmitted", description = "Data of uk.gov.tca.bid.submitted: a bid entered its round")
    record Submitted(@JsonUnwrapped BidSummary bid, @JsonIgnore boolean recordedByTheProgramme) implements BidEvent {
        public String auditAction() {
            return recordedByTheProgramme ? "BID_IMPORTED" : "BID_SUBMITTED";
        }

        public String feedKind() {
            return Kinds.SUBMITTED;
        }
    }

    /** The first assessor was given the bid to read. */
    @Schema(name = "BidEnteredAssessment", description = "Data of uk.gov.tca.bid.in-assessment: an assessor was "
            + "first given the bid")
    record EnteredAssessment(@JsonUnwrapped BidSummary bid) implements BidEvent {
        public String auditAction() {
            return "BID_IN_ASSESSMENT";
        }

        public String feedKind() {
            return Kinds.IN_ASSESSMENT;
        }
    }

    /**
     * An organisation named on the bid declined and was taken off it. Who and why stay between the bid's organisations
     * and the programme: the feed says only that the participants changed.
     */
    @Schema(name = "BidParticipantsChanged", description = "Data of uk.gov.tca.bid.participants-changed: the "
            + "organisations of a public bid changed")
    record ParticipantDeclined(@JsonUnwrapped BidSummary bid, @JsonIgnore String organisationId,
            @JsonIgnore String reason, @JsonIgnore String declinedBy, @JsonIgnore boolean wasPublic) implements BidEvent {
        /** The part of the audit record's after-state that says who declined and why. */
        public static final String NOTE = "declined";

        public String auditAction() {
            return "BID_PARTICIPANT_DECLINED";
        }

        public String feedKind() {
            return wasPublic ? Kinds.PARTICIPANTS_CHANGED : null;
        }

        @Override
        public Map<String, Object> auditNote() {
            return Map.of(NOTE, Map.of("organisationId", organisationId, "reason", reason, "by", declinedBy));
        }
    }

    /** The lead withdrew the bid. A draft withdrawn was never news. */
    @Schema(name = "BidWithdrawn", description = "Data of uk.gov.tca.bid.withdrawn: a public bid was withdrawn")
    record Withdrawn(@JsonUnwrapped BidSummary bid,
            @Schema(description = "Why the lead withdrew the bid.", example = "Partners could not agree the match funding")
            String reason, @JsonIgnore boolean wasPublic) implements BidEvent {
        public String auditAction() {
            return "BID_WITHDRAWN";
        }

        public String feedKind() {
            return wasPublic ? Kinds.WITHDRAWN : null;
        }

        @Override
        public Map<String, Object> auditNote() {
            return Map.of("reason", reason);
        }
    }

    /** A programme manager sent the bid back to its council as a draft. */
    @Schema(name = "BidReturned", description = "Data of uk.gov.tca.bid.returned: a submitted bid went back to its "
            + "council as a draft")
    record Returned(@JsonUnwrapped BidSummary bid,
            @Schema(description = "Why the programme manager returned the bid to its council.",
                    example = "Please state the cost of deployment of peer support in 2014/15") String reason)
            implements BidEvent {
        public String auditAction() {
            return "BID_RETURNED";
        }

        public String feedKind() {
            return Kinds.RETURNED;
        }

        @Override
        public Map<String, Object> auditNote() {
            return Map.of("reason", reason);
        }
    }

    /** A decision taken under delegation was reported to its committee: kept in the audit, not news. */
    record DecisionReported(BidSummary bid, Decision decision) implements BidEvent {
        public String auditAction() {
            return "BID_DECISION_REPORTED";
        }

        public String feedKind() {
            return null;
        }
    }

    /** The funding decision was recorded. */
    @Schema(name = "BidDecided", description = "Data of uk.gov.tca.bid.decided: the funding decision on a bid")
    record Decided(@JsonUnwrapped BidSummary bid, @Schema(description = "The funding decision.") Decision decision)
            implements BidEvent {
        public String auditAction() {
            return "BID_DECIDED";
        }

        public String feedKind() {
            return Kinds.DECIDED;
        }
    }
}
