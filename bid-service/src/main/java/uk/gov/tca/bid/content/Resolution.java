package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A decision of a council or partner body supporting the bid: which body, when, whether it has passed or
 * is still planned, and where the evidence is (a link, an annex, or minutes kept confidential).
 */
@Schema(name = "GoverningBodyResolution")
public record Resolution(
        @NotBlank @Size(max = 80) String organisationId,
        @NotNull BodyType bodyType,
        @Size(max = 300) String body,
        LocalDate date,
        @Size(max = 200) String dateAsWritten,
        @NotNull Status status,
        @Size(max = 1000) String evidence,
        boolean confidential) {

    public enum BodyType {
        FULL_COUNCIL, CABINET, EXECUTIVE, LEADER_DECISION, SCRUTINY_COMMITTEE, HEALTH_AND_WELLBEING_BOARD,
        NHS_TRUST_BOARD, FIRE_AUTHORITY, JOINT_COMMITTEE, PARTNERSHIP_BOARD, OTHER
    }

    @Schema(name = "ResolutionStatus")
    public enum Status { PASSED, PLANNED, CONSULTATION }
}
