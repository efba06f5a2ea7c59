package uk.gov.tca.bid.participation;

import uk.gov.tca.bid.money.Money;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Objects;

/**
 * An organisation taking part in a bid, with the roles it plays and the name the bid gives it.
 * {@code verified} says whether the partner-service confirmed the organisation; {@code consent} whether the
 * organisation itself agreed to take part as named. Both are the service's to set.
 */
public record Participant(
        String organisationId,
        String nameAsWritten,
        Set<ParticipantRole> roles,
        Money share,
        String onBehalfOf,
        boolean jointAndSeveral,
        boolean verified,
        Consent consent) {

    /** A participant as a bid names it, before the organisation has said anything. */
    public Participant(String organisationId, String nameAsWritten, Set<ParticipantRole> roles, Money share,
            String onBehalfOf, boolean jointAndSeveral, boolean verified) {
        this(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified, Consent.pending());
    }

    /** The lead as a bid takes it to be when the council did not list itself: lead, and nothing else. */
    public static Participant lead(String organisationId) {
        return new Participant(organisationId, null, Set.of(ParticipantRole.LEAD), null, null, false, false);
    }

    /** The same organisation, leading as well as whatever else it was named as. */
    public Participant asLead() {
        if (plays(ParticipantRole.LEAD)) {
            return this;
        }
        Set<ParticipantRole> all = new LinkedHashSet<>(roles == null ? Set.of() : roles);
        all.add(ParticipantRole.LEAD);
        return new Participant(organisationId, nameAsWritten, all, share, onBehalfOf, jointAndSeveral, verified, consent);
    }

    public Participant withVerified(boolean verified) {
        return new Participant(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified, consent);
    }

    public Participant withConsent(Consent consent) {
        return new Participant(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified, consent);
    }

    /** Whether the organisation takes on obligations by taking part (co-applicant, accountable body, grant recipient). */
    public boolean hasObligations() {
        return roles != null && roles.stream().anyMatch(ParticipantRole::carriesObligations);
    }

    public boolean hasConfirmed() {
        return consent != null && consent.confirmed();
    }

    /** The same organisation named the same way: what it agreed to is unchanged, so its answer stands. */
    public boolean namedAsIn(Participant other) {
        return other != null && Objects.equals(organisationId, other.organisationId)
                && Objects.equals(roles, other.roles) && Objects.equals(share, other.share)
                && Objects.equals(onBehalfOf, other.onBehalfOf) && jointAndSeveral == other.jointAndSeveral;
    }

    public boolean plays(ParticipantRole role) {
        return roles != null && roles.contains(role);
    }
}
