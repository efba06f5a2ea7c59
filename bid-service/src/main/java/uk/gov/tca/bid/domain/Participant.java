package uk.gov.tca.bid.domain;

import java.util.Set;

/**
 * An organisation taking part in a bid, with the roles it plays and the name the bid gives it.
 * {@code verified} says whether the partner-service confirmed the organisation; it is the service's to set.
 */
public record Participant(
        String organisationId,
        String nameAsWritten,
        Set<ParticipantRole> roles,
        Money share,
        String onBehalfOf,
        boolean jointAndSeveral,
        boolean verified) {

    public Participant withVerified(boolean verified) {
        return new Participant(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified);
    }

    public boolean plays(ParticipantRole role) {
        return roles != null && roles.contains(role);
    }
}
