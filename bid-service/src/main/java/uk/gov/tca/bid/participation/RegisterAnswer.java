package uk.gov.tca.bid.participation;

import java.util.Set;

/**
 * What the register said of the organisations a bid names, when it was asked: those it confirmed and those it does not
 * know. One it could not be asked about is in neither, and stays unverified until it can.
 */
public record RegisterAnswer(Set<String> confirmed, Set<String> unknown, java.util.Map<String, RegisterRecord> records) {

    /**
     * What the register records of an organisation beyond its being there: when it ended and who succeeded it (a
     * proposal merged into the entry it duplicated names that entry), or that it is a proposal no programme manager has
     * confirmed yet.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RegisterRecord", description = "What the register "
            + "records of the organisation beyond its being there, as the service read it: when it ended and its "
            + "successors, the entry a proposal was merged into, or that it is a proposal not yet confirmed.")
    public record RegisterRecord(
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The day it ceased to exist.",
                    example = "2009-03-31") java.time.LocalDate endedOn,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The organisations that succeeded "
                    + "it.", example = "[\"GB-LAE-CON\"]") java.util.List<String> successors,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "For a proposed organisation merged "
                    + "into the entry it duplicated: that entry.", example = "GB-LAE-BAB") String mergedInto,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Whether it is an organisation a "
                    + "bidder proposed that no programme manager has confirmed yet.") boolean unconfirmed) {
    }

    public RegisterAnswer {
        confirmed = Set.copyOf(confirmed);
        unknown = Set.copyOf(unknown);
        records = records == null ? java.util.Map.of() : java.util.Map.copyOf(records);
    }

    public RegisterAnswer(Set<String> confirmed, Set<String> unknown) {
        this(confirmed, unknown, null);
    }

    /** What the register records of the organisation beyond its being there, if anything. */
    public java.util.Optional<RegisterRecord> recordOf(String organisationId) {
        return java.util.Optional.ofNullable(records.get(organisationId));
    }

    /** The register was not asked (or could not answer). */
    public static RegisterAnswer none() {
        return new RegisterAnswer(Set.of(), Set.of(), null);
    }

    public boolean confirms(String organisationId) {
        return confirmed.contains(organisationId);
    }

    public boolean knowsNot(String organisationId) {
        return unknown.contains(organisationId);
    }
}
