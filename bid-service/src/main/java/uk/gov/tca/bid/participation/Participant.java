package uk.gov.tca.bid.participation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.tca.bid.money.Money;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Objects;

/**
 * An organisation taking part in a bid, with the roles it plays and the name the bid gives it.
 * {@code verified} says whether the partner-service confirmed the organisation; {@code consent} whether the
 * organisation itself agreed to take part as named. Both are the service's to set.
 */
@Schema(name = "Participant", description = "An organisation taking part in the bid, with the roles it plays, whether "
        + "the register knows it and whether it has agreed to take part as named.")
public record Participant(
        @Schema(description = "The organisation's id on the partner-service register.", example = "GB-LAE-MSU")
        String organisationId,
        @Schema(description = "The name the bid gives the organisation.", example = "Mid Suffolk District Council")
        String nameAsWritten,
        @Schema(description = "The parts the organisation plays; the lead always has LEAD.")
        Set<ParticipantRole> roles,
        @Schema(description = "A grant recipient's own share of the award, in pounds sterling whatever its scale "
                + "(Manchester £150,000, South Lakeland £142,000); the shares should make up the amount sought.")
        Money share,
        @Schema(description = "The register id of the organisation this one takes part on behalf of, when it does.",
                example = "GB-LAE-MAN")
        String onBehalfOf,
        @Schema(description = "Whether the organisation answers for the award jointly and severally with the other "
                + "accountable bodies (Babergh and Mid Suffolk).")
        boolean jointAndSeveral,
        @Schema(description = "Whether the partner-service register has confirmed the organisation; false while it could "
                + "not be asked. Set by the service; a bid is submitted only when every participant is verified.")
        boolean verified,
        @Schema(description = "Whether the organisation has agreed to take part as named. Set by the service.")
        Consent consent,
        @Schema(description = "Set by the service from the register: for an organisation that has ceased to exist, when "
                + "it ended and its successors (warning ORGANISATION_CEASED when that was by the bid's date, or whenever a "
                + "proposal was merged into another entry); for one a bidder proposed, that it is not yet confirmed "
                + "(warning ORGANISATION_UNCONFIRMED). Absent for a confirmed organisation that exists.")
        RegisterAnswer.RegisterRecord register) {

    /** A participant as a bid names it, before the organisation has said anything. */
    public Participant(String organisationId, String nameAsWritten, Set<ParticipantRole> roles, Money share,
            String onBehalfOf, boolean jointAndSeveral, boolean verified) {
        this(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified, Consent.pending(), null);
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
        return new Participant(organisationId, nameAsWritten, all, share, onBehalfOf, jointAndSeveral, verified, consent,
                register);
    }

    public Participant withVerified(boolean verified) {
        return new Participant(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified, consent,
                register);
    }

    /** As the register answered now: confirmed or not, and when it ended if the register says it has. */
    public Participant withRegister(RegisterAnswer answer) {
        boolean confirmed = answer.confirms(organisationId);
        return new Participant(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, confirmed,
                consent, confirmed ? answer.recordOf(organisationId).orElse(null) : register);
    }

    public Participant withConsent(Consent consent) {
        return new Participant(organisationId, nameAsWritten, roles, share, onBehalfOf, jointAndSeveral, verified, consent,
                register);
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
