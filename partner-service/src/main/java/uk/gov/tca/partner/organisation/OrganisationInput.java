package uk.gov.tca.partner.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client may set on an organisation. Version, audit fields and the folded names are the
 * service's own: a body that names them is refused as having unknown fields.
 */
@Schema(name = "OrganisationInput", description = "What a programme manager sets on an organisation, to add it or "
        + "to replace its details; the version, the audit fields and the names list are the service's own")
public record OrganisationInput(
        @Size(max = 80) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message = "must be letters, digits, '.', '_' or '-', starting with a letter or digit")
        @Schema(description = "The organisation's id: its 360Giving org-id where one exists (GB-LAE-BAB), else a "
                + "stable internal id (TCA-SUFFOLK-POLICE); letters, digits, '.', '_' and '-', at most 80 characters. "
                + "Required on create and never changed: on update leave it out or send the id in the path.",
                example = "GB-LAE-BAB")
        String id,
        @NotBlank @Size(max = 300)
        @Schema(description = "The legal name, as the body's constitution or the register of local authorities "
                + "writes it; at most 300 characters", example = "Babergh District Council")
        String legalName,
        @Size(max = 300)
        @Schema(description = "The name in everyday use, usually without the style words; at most 300 characters. "
                + "Leave it out when it is the legal name.", example = "Babergh")
        String commonName,
        @NotNull
        @Schema(description = "What the organisation is, whatever the style of its name (Halton \"BC\" is a UNITARY)",
                example = "DISTRICT")
        OrganisationType type,
        @Schema(description = "ACTIVE when left out. An ABOLISHED organisation needs an endDate and may name "
                + "successors; an ACTIVE one has none.", example = "ACTIVE")
        OrganisationStatus status,
        @Schema(description = "The day the organisation came into being; leave it out when not known",
                example = "1974-04-01")
        LocalDate startDate,
        @Schema(description = "The day the organisation ceased to exist: required when it is ABOLISHED, not before "
                + "startDate", example = "2019-03-31")
        LocalDate endDate,
        @Size(max = 40)
        @Schema(description = "The UK nation it serves (England, Scotland, Wales, Northern Ireland); at most 40 "
                + "characters; leave it out for a body across nations", example = "England")
        String nation,
        @Size(max = 80)
        @Schema(description = "The region it lies in, as the register of local authorities names them; at most 80 "
                + "characters", example = "East of England")
        String region,
        @Size(max = 30)
        @Schema(description = "The statutory functions it holds, each once, at most 30. A council holds those of its "
                + "tier and may hold more: Suffolk County Council is also the fire and rescue authority.")
        Set<@NotNull OrganisationFunction> functions,
        @Size(max = 50)
        @Schema(description = "Its identifiers, at most 50, each in its scheme's format and none twice. When the id is "
                + "an org-id, the ORG_ID identifiers listed must include it. An identifier that already names another "
                + "organisation is refused (409).")
        List<@NotNull @Valid IdentifierInput> identifiers,
        @Size(max = 200)
        @Schema(description = "Other names and misspellings as bids write them, matched by search and resolve; at "
                + "most 200, each at most 300 characters. A name that folds to one the organisation already has is "
                + "kept once.", example = "[\"Babergh DC\"]")
        List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = 20)
        @Schema(description = "For an ABOLISHED organisation, the ids of the organisations on the register that took "
                + "over from it (at most 20, not itself); leave it out for an ACTIVE one")
        List<@NotBlank @Size(max = 80) String> successors) {

    /** The input that, sent as a full replacement, leaves the organisation as it is: what a merge patch applies to. */
    static OrganisationInput of(Organisation organisation) {
        return new OrganisationInput(organisation.id, organisation.legalName, organisation.commonName, organisation.type,
                organisation.status, organisation.startDate, organisation.endDate, organisation.nation,
                organisation.region, new LinkedHashSet<>(organisation.functions),
                organisation.identifiers.stream().map(i -> new IdentifierInput(i.scheme, i.value)).toList(),
                organisation.aliases(), List.copyOf(organisation.successors));
    }
}
