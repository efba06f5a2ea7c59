package uk.gov.tca.scoring.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.assessor.Interest;

/**
 * When an assessor is conflicted on a bid (design.md; domain-notes §5.2): their employer, or an organisation
 * they declared an interest in, is a participant of the bid or related to one (shared workforce,
 * collaboration, succession, as the partner-service says); or they declared an interest in the bid itself.
 * A dispensation for the bid or the organisation, still in date, lifts a conflict but it is still shown.
 */
public final class ConflictRules {

    private ConflictRules() {
    }

    /**
     * @param participants the bid's organisations
     * @param related for each organisation of the assessor's (employer, interests), the organisations related
     *                to it and how
     */
    public static List<Conflict> of(Assessor assessor, String bidId, Collection<String> participants,
            Map<String, Map<String, String>> related, LocalDate today) {
        List<Conflict> conflicts = new ArrayList<>();
        String employer = assessor.employerOrganisationId;
        if (employer != null) {
            if (participants.contains(employer)) {
                conflicts.add(conflict(assessor, bidId, Conflict.Rule.EMPLOYER_IS_PARTICIPANT, employer, employer, null,
                        null, "The assessor's employer " + employer + " is a participant of the bid", today));
            }
            related.getOrDefault(employer, Map.of()).forEach((other, how) -> {
                if (participants.contains(other) && !other.equals(employer)) {
                    conflicts.add(conflict(assessor, bidId, Conflict.Rule.EMPLOYER_RELATED_TO_PARTICIPANT, other, employer,
                            how, null, "The assessor's employer " + employer + " is related to participant " + other
                                    + " (" + how + ")", today));
                }
            });
        }
        for (Interest interest : assessor.interests) {
            String kind = interest.type().name();
            if (bidId.equals(interest.bidId())) {
                conflicts.add(conflict(assessor, bidId, Conflict.Rule.INTEREST_DECLARED_IN_BID, null,
                        interest.organisationId(), null, kind, "The assessor declared an interest in this bid: "
                                + interest.nature(), today));
            }
            String org = interest.organisationId();
            if (org == null) {
                continue;
            }
            if (participants.contains(org)) {
                conflicts.add(conflict(assessor, bidId, Conflict.Rule.INTEREST_IN_PARTICIPANT, org, org, null, kind,
                        "The assessor declared an interest in participant " + org + ": " + interest.nature(), today));
            }
            related.getOrDefault(org, Map.of()).forEach((other, how) -> {
                if (participants.contains(other) && !other.equals(org)) {
                    conflicts.add(conflict(assessor, bidId, Conflict.Rule.INTEREST_RELATED_TO_PARTICIPANT, other, org, how,
                            kind, "The assessor declared an interest in " + org + ", related to participant " + other
                                    + " (" + how + ")", today));
                }
            });
        }
        return conflicts;
    }

    private static Conflict conflict(Assessor assessor, String bidId, Conflict.Rule rule, String participant,
            String through, String relation, String interestType, String explanation, LocalDate today) {
        boolean dispensed = assessor.dispensations.stream().anyMatch(d -> d.covers(bidId, participant, today)
                || through != null && d.covers(bidId, through, today));
        return new Conflict(bidId, assessor.username, rule, participant, through, relation, interestType, explanation,
                dispensed);
    }

    /** The organisations whose relations matter for this assessor. */
    public static List<String> organisationsOf(Assessor assessor) {
        List<String> orgs = new ArrayList<>();
        if (assessor.employerOrganisationId != null) {
            orgs.add(assessor.employerOrganisationId);
        }
        assessor.interests.stream().map(Interest::organisationId).filter(o -> o != null && !orgs.contains(o))
                .forEach(orgs::add);
        return orgs;
    }
}
