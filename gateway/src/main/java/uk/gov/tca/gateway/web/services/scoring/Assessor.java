package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An assessor's profile, with the interests it has declared (kept as declared, never edited). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assessor(String username, List<Interest> interests) {

    public Assessor {
        interests = interests == null ? List.of() : interests;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interest(String type, String organisationId, String bidId, String holder, String nature) {
    }
}
