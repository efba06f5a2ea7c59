package uk.gov.tca.gateway.web.services.bid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A bid as the bid-service answers it (its contract's {@code Bid}), as far as the pages read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bid(String id, String roundId, String title, String status, String leadOrganisationId, String awardType,
        Money amountSought, List<Participant> participants, Map<String, String> narrative, List<CostLine> costLines,
        List<BenefitLine> benefitLines, List<Warning> warnings) {

    public Bid {
        participants = participants == null ? List.of() : participants;
        narrative = narrative == null ? Map.of() : narrative;
        costLines = costLines == null ? List.of() : costLines;
        benefitLines = benefitLines == null ? List.of() : benefitLines;
        warnings = warnings == null ? List.of() : warnings;
    }

    /** An organisation taking part, as the bid names it, resolved to an identifier where the register knows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(String organisationId, String nameAsWritten, List<String> roles, Money share) {

        public Participant {
            roles = roles == null ? List.of() : roles;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CostLine(String activity, Period period, Money amount, String nature) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BenefitLine(String description, String type, Period period, Money amount) {
    }

    /** When a line falls: a financial year, a year counted from the start, or only the bid's own words. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String financialYear, Integer relativeYear, String asWritten) {
    }

    /** Something validation found to check in the bid as written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Warning(String code, String message) {
    }
}
