package uk.gov.tca.gateway.web.services.scoring;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An assessor's conflict of interest on a bid, explained; a dispensed one is listed too. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Conflict(String bidId, String assessor, String explanation, boolean dispensed) {
}
