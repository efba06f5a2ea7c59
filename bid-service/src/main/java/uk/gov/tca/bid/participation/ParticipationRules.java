package uk.gov.tca.bid.participation;

import uk.gov.tca.bid.round.FundingRound;
import uk.gov.tca.platform.rules.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/** Who may be named on a bid at all, whatever else the bid says. */
public final class ParticipationRules {

    private ParticipationRules() {
    }

    /**
     * FUNDER_TAKES_NO_PART: the organisation that runs the round is never a participant of a bid in it (lead,
     * partner or anything else): its staff assess the bids, so a bid naming it would choose its own assessors.
     * Fields are the participants' indexes as given; a lead that is the funder is {@code leadOrganisationId}. A round
     * that is the funder's own programme (its proposals written by its own services) is the one exception, set on it.
     */
    public static List<RuleViolation> funderTakingPart(List<Participant> participants, String lead, FundingRound round) {
        List<RuleViolation> violations = new ArrayList<>();
        String funder = round.funderOrganisationId;
        if (funder == null || round.fundersOwnServices) {
            return violations; // a funder's own programme is written by its own services
        }
        String why = " runs round " + round.id + " and cannot take part in a bid to it (rule FUNDER_TAKES_NO_PART: its "
                + "assessors would be conflicted)";
        if (funder.equals(lead)) {
            violations.add(new RuleViolation("leadOrganisationId", funder + why));
        }
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (funder.equals(p.organisationId()) && !funder.equals(lead)
                    || p.onBehalfOf() != null && funder.equals(p.onBehalfOf())) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId", funder + why));
            }
        }
        return violations;
    }
}
