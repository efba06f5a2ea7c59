package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What assigning a round automatically made, and the bids it could not give enough assessors. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutoAssignment(List<Assignment> created, List<Shortfall> shortfalls) {

    public AutoAssignment {
        created = created == null ? List.of() : created;
        shortfalls = shortfalls == null ? List.of() : shortfalls;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shortfall(String bidId, int missing, String reason) {
    }
}
