package uk.gov.tca.bid.participation;

import java.util.Set;

/**
 * What the register said of the organisations a bid names, when it was asked: those it confirmed and those it does not
 * know. One it could not be asked about is in neither, and stays unverified until it can.
 */
public record RegisterAnswer(Set<String> confirmed, Set<String> unknown, java.util.Map<String, Ceased> ceased) {

    /** An organisation the register records as having ended, and those that succeeded it. */
    public record Ceased(java.time.LocalDate on, java.util.List<String> successors) {
    }

    public RegisterAnswer {
        confirmed = Set.copyOf(confirmed);
        unknown = Set.copyOf(unknown);
        ceased = ceased == null ? java.util.Map.of() : java.util.Map.copyOf(ceased);
    }

    public RegisterAnswer(Set<String> confirmed, Set<String> unknown) {
        this(confirmed, unknown, null);
    }

    /** When the organisation ended and who succeeded it, if the register says it has. */
    public java.util.Optional<Ceased> ceasedOf(String organisationId) {
        return java.util.Optional.ofNullable(ceased.get(organisationId));
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
