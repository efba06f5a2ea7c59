package uk.gov.tca.partner.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.partner.naming.NameKind;

@Schema(name = "Organisation")
public record OrganisationView(
        @Schema(example = "GB-LAE-BAB") String id,
        @Schema(example = "Babergh District Council") String legalName,
        @Schema(example = "Babergh") String commonName,
        @Schema(example = "DISTRICT") OrganisationType type,
        @Schema(example = "ACTIVE") OrganisationStatus status,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(example = "England") String nation,
        @Schema(example = "East of England") String region,
        List<OrganisationFunction> functions,
        List<IdentifierInput> identifiers,
        List<Name> names,
        List<String> aliases,
        List<String> successors,
        @Schema(example = "1") long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    @Schema(name = "OrganisationName")
    public record Name(@Schema(example = "Babergh DC") String name, @Schema(example = "ALIAS") NameKind kind) {
    }

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.legalName, o.commonName, o.type, o.status, o.startDate, o.endDate,
                o.nation, o.region,
                o.functions.stream().sorted().toList(),
                o.identifiers.stream().map(i -> new IdentifierInput(i.scheme, i.value))
                        .sorted(java.util.Comparator.comparing(IdentifierInput::scheme).thenComparing(IdentifierInput::value))
                        .toList(),
                o.names.stream().map(n -> new Name(n.name, n.kind)).toList(),
                o.aliases(),
                o.successors.stream().sorted().toList(),
                o.version, o.createdAt, o.createdBy, o.updatedAt, o.updatedBy);
    }
}
