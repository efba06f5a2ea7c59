package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person to contact about the bid. Fields the bid publishes as "[Redacted]" are listed in {@code redacted}:
 * a public view leaves them out; the bid's own organisations and programme managers see what was given.
 */
@Schema(name = "Contact", description = "A person to contact about the bid. The fields listed in redacted are left out "
        + "of what integrators, assessors and services are shown; the bid's organisations and programme managers see "
        + "everything given.")
public record Contact(
        @Schema(description = "The register id of the contact's organisation, when known; it need not be a participant.",
                example = "GB-LAE-BAB") @Size(max = 80) String organisationId,
        @Schema(description = "The organisation as the bid names it.", example = "Babergh District Council")
        @Size(max = 300) String organisationAsWritten,
        @Schema(description = "The person's name; may be left out (a bid often gives only a job title).")
        @Size(max = 200) String name,
        @Schema(description = "The person's job title.", example = "Head of Transformation") @Size(max = 200) String jobTitle,
        @Schema(description = "The person's email address, as the bid gives it.") @Size(max = 200) String email,
        @Schema(description = "The person's telephone number, as the bid gives it.") @Size(max = 50) String phone,
        @Schema(description = "The fields the bid publishes as \"[Redacted]\": NAME, JOB_TITLE, EMAIL, PHONE. They are "
                + "left out for readers outside the bid's organisations and programme managers.")
        @Size(max = 4) Set<Field> redacted) {

    @Schema(name = "ContactField", description = "A contact's field: NAME, JOB_TITLE, EMAIL or PHONE.")
    public enum Field { NAME, JOB_TITLE, EMAIL, PHONE }

    /** The contact as the public may see it: each redacted field left out. */
    public Contact publicView() {
        Set<Field> hidden = redacted == null ? Set.of() : redacted;
        return new Contact(organisationId, organisationAsWritten, hidden.contains(Field.NAME) ? null : name,
                hidden.contains(Field.JOB_TITLE) ? null : jobTitle, hidden.contains(Field.EMAIL) ? null : email,
                hidden.contains(Field.PHONE) ? null : phone, new LinkedHashSet<>(hidden));
    }
}
