package uk.gov.tca.bid.participation;

import java.util.Set;

/**
 * What the register said of the organisations a bid names, when it was asked: those it confirmed and those it does not
 * know. One it could not be asked about is in neither, and stays unverified until it can.
 */
public record RegisterAnswer(Set<String> confirmed, Set<String> unknown) {

    public RegisterAnswer {
        confirmed = Set.copyOf(confirmed);
        unknown = Set.copyOf(unknown);
    }

    /** The register was not asked (or could not answer). */
    public static RegisterAnswer none() {
        return new RegisterAnswer(Set.of(), Set.of());
    }

    public boolean confirms(String organisationId) {
        return confirmed.contains(organisationId);
    }

    public boolean knowsNot(String organisationId) {
        return unknown.contains(organisationId);
    }
}
