package uk.gov.tca.bid.round;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question a round asks every bid to answer. */
@Schema(name = "Prompt", description = "A question the round asks every bid; a bid answers it in narrative under its code.")
public record Prompt(
        @Schema(description = "The prompt's code: the key of the answer in a bid's narrative.",
                example = "full-description") String code,
        @Schema(description = "The question as the round asks it.", example = "Full description of the proposal")
        String text,
        @Schema(description = "Whether a bid must answer it (a non-blank answer) before it can be submitted.")
        boolean required) {
}
