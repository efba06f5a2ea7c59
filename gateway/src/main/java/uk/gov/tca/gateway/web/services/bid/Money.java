package uk.gov.tca.gateway.web.services.bid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** An amount as the bid-service read it from the bid (exact, or none when the words were not a number) and as written. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Money(BigDecimal amount, String asWritten) {
}
