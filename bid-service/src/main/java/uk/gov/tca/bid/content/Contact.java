package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person to contact about the bid. Fields the bid publishes as "[Redacted]" are listed in {@code redacted}:
 * a public view leaves them out; the bid's own organisations and programme managers see what was given.
 */
public record Contact(
        @Size(max = 80) String organisationId,
        @Size(max = 300) String organisationAsWritten,
        @Size(max = 200) String name,
        @Size(max = 200) String jobTitle,
        @Size(max = 200) String email,
        @Size(max = 50) String phone,
        @Size(max = 4) Set<Field> redacted) {

    @Schema(name = "ContactField")
    public enum Field { NAME, JOB_TITLE, EMAIL, PHONE }

    /** The contact as the public may see it: each redacted field left out. */
    public Contact publicView() {
        Set<Field> hidden = redacted == null ? Set.of() : redacted;
        return new Contact(organisationId, organisationAsWritten, hidden.contains(Field.NAME) ? null : name,
                hidden.contains(Field.JOB_TITLE) ? null : jobTitle, hidden.contains(Field.EMAIL) ? null : email,
                hidden.contains(Field.PHONE) ? null : phone, new LinkedHashSet<>(hidden));
    }
}
