package uk.gov.tca.gateway.web.services.bid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** A funding round as the bid-service answers it; its times are shown as the service writes them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Round(String id, String programme, String name, BigDecimal budget, String opensAt, String closesAt,
        List<Prompt> prompts) {

    public Round {
        prompts = prompts == null ? List.of() : prompts;
    }

    /** A question the round asks, which a bid answers under the prompt's code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Prompt(String code, String text) {
    }
}
