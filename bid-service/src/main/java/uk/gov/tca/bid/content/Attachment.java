package uk.gov.tca.bid.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An annex the bid refers to: whether it came with the bid, and whether it is confidential. */
public record Attachment(@NotBlank @Size(max = 300) String label, boolean present, boolean confidential,
        @Size(max = 1000) String reference) {
}
