package uk.gov.tca.bid.round;

import java.math.BigDecimal;

/** A kind of award a round offers, with its cap ("Authority Award", "Major multi-authority award"). */
public record AwardType(String code, String name, BigDecimal cap) {
}
