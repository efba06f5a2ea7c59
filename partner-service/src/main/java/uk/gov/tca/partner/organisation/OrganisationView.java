package uk.gov.tca.partner.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.partner.naming.NameKind;

@Schema(name = "Organisation", description = "An organisation on the register, with every name, identifier and "
        + "function it holds; a field with nothing recorded is left out")
public record OrganisationView(
        @Schema(description = "The organisation's id: its 360Giving org-id where one exists, else a stable internal "
                + "id (TCA-…)", example = "GB-LAE-BAB")
        String id,
        @Schema(description = "The legal name", example = "Babergh District Council")
        String legalName,
        @Schema(description = "The name in everyday use; absent when none is recorded", example = "Babergh")
        String commonName,
        @Schema(description = "What the organisation is, whatever the style of its name", example = "DISTRICT")
        OrganisationType type,
        @Schema(description = "ACTIVE, or ABOLISHED with an endDate", example = "ACTIVE")
        OrganisationStatus status,
        @Schema(description = "The day it came into being; absent when not known", example = "1974-04-01")
        LocalDate startDate,
        @Schema(description = "The day it ceased to exist; absent while it exists", example = "2019-03-31")
        LocalDate endDate,
        @Schema(description = "The UK nation it serves; absent when not recorded", example = "England")
        String nation,
        @Schema(description = "The region it lies in; absent when not recorded", example = "East of England")
        String region,
        @Schema(description = "The statutory functions it holds, in the order OrganisationFunction lists them")
        List<OrganisationFunction> functions,
        @Schema(description = "Its identifiers, by scheme then value")
        List<IdentifierInput> identifiers,
        @Schema(description = "Every name it is found by, once each: the legal name first, then the common name and "
                + "the aliases")
        List<Name> names,
        @Schema(description = "The aliases alone, as recorded (other names and misspellings bids write)",
                example = "[\"Babergh DC\"]")
        List<String> aliases,
        @Schema(description = "For an abolished organisation, the ids of those that took over from it, sorted; empty "
                + "for an active one")
        List<String> successors,
        @Schema(description = "False for an organisation a bidder proposed that no programme manager has confirmed yet: "
                + "usable in bids at once, shown to them as unverified", example = "true")
        boolean verified,
        @Schema(description = "Who proposed it, when a bidder did", example = "bidder.babergh") String proposedBy,
        @Schema(description = "For a proposed organisation found to duplicate one on the register: that one's id (it "
                + "is then ABOLISHED, succeeded by it)", example = "GB-LAE-BAB") String mergedInto,
        @Schema(description = "The version: 0 when added, one more with each change. The ETag is this number in "
                + "quotes.", example = "1")
        long version,
        @Schema(description = "When it was added to the register (UTC)", example = "2014-01-20T09:30:00Z")
        Instant createdAt,
        @Schema(description = "Who added it: a programme manager's user name, or partner-service:data-loader for the "
                + "reference register", example = "manager.dclg")
        String createdBy,
        @Schema(description = "When it last changed (UTC); its creation time until then",
                example = "2014-02-03T14:05:00Z")
        Instant updatedAt,
        @Schema(description = "Who changed it last", example = "manager.dclg")
        String updatedBy) {

    @Schema(name = "OrganisationName", description = "One name an organisation is found by, and where it comes from")
    public record Name(
            @Schema(description = "The name as recorded", example = "Babergh DC") String name,
            @Schema(description = "LEGAL, COMMON or ALIAS", example = "ALIAS") NameKind kind) {
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
                o.verified, o.proposedBy, o.mergedInto,
                o.version, o.createdAt, o.createdBy, o.updatedAt, o.updatedBy);
    }
}
