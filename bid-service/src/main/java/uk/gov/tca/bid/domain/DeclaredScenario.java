package uk.gov.tca.bid.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A sensitivity row as the bid states it (Cheshire: "Delay Start 3 / 496%"). */
public record DeclaredScenario(@NotBlank @Size(max = 200) String name, BigDecimal paybackYears,
        BigDecimal roiPercent, @Size(max = 300) String asWritten) {
}
