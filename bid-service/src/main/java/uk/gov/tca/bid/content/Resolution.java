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
@Schema(name = "GoverningBodyResolution", description = "A decision of a council or partner body supporting the bid: "
        + "which body, when, whether it has passed or is only planned, and where the evidence is.")
public record Resolution(
        @Schema(description = "The register id of the organisation whose body decided.", example = "GB-LAE-WOR")
        @NotBlank @Size(max = 80) String organisationId,
        @Schema(description = "The kind of body that decided.") @NotNull BodyType bodyType,
        @Schema(description = "The body as the bid names it.", example = "Cabinet")
        @Size(max = 300) String body,
        @Schema(description = "The date of the decision, ISO 8601, when the bid gives one. A PASSED resolution dated "
                + "after the bid raises the warning RESOLUTION_AFTER_BID.", example = "2013-07-18") LocalDate date,
        @Schema(description = "The date as the bid writes it (\"first quarter of 2014\").", example = "18th July 2013")
        @Size(max = 200) String dateAsWritten,
        @Schema(description = "PASSED, PLANNED (still to be taken) or CONSULTATION (under consultation).")
        @NotNull Status status,
        @Schema(description = "Where the decision can be checked: a link to the minutes, an annex. Left out for readers "
                + "outside the bid's organisations and programme managers when the resolution is confidential.",
                example = "Report to Cabinet, 18th July 2013") @Size(max = 1000) String evidence,
        @Schema(description = "Whether the minutes are confidential: the evidence is then withheld from integrators, "
                + "assessors and services.") boolean confidential) {

    @Schema(name = "BodyType", description = "The kind of body that took a decision: FULL_COUNCIL, CABINET, EXECUTIVE, "
            + "LEADER_DECISION (a leader's decision under delegation), SCRUTINY_COMMITTEE, HEALTH_AND_WELLBEING_BOARD, "
            + "NHS_TRUST_BOARD, FIRE_AUTHORITY, JOINT_COMMITTEE, PARTNERSHIP_BOARD, OTHER.")
    public enum BodyType {
        FULL_COUNCIL, CABINET, EXECUTIVE, LEADER_DECISION, SCRUTINY_COMMITTEE, HEALTH_AND_WELLBEING_BOARD,
        NHS_TRUST_BOARD, FIRE_AUTHORITY, JOINT_COMMITTEE, PARTNERSHIP_BOARD, OTHER
    }

    @Schema(name = "ResolutionStatus", description = "PASSED, PLANNED (still to be taken) or CONSULTATION (under "
            + "consultation).")
    public enum Status { PASSED, PLANNED, CONSULTATION }
}
