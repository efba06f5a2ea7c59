package uk.gov.tca.scoring.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.assessor.Interest;
import uk.gov.tca.scoring.assessor.Secondment;

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
     * @param bidFunder    the funder of the bid's round (a dispensation covers only its own funder's rounds)
     * @param fundersOwnServices whether the round is the funder's own programme, whose proposals its own services
     *                     write: there an officer of the funder is shown as employed by a participant, not blocked
     *                     (asked only when an officer of the funder meets a bid the funder takes part in)
     * @param participants the bid's organisations
     * @param related for each organisation of the assessor's (employer, interests), the organisations related
     *                to it and how
     */
    public static List<Conflict> of(Assessor assessor, String bidId, String bidFunder, BooleanSupplier fundersOwnServices,
            Collection<String> participants, Map<String, Map<String, String>> related, LocalDate today) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Employment work : employments(assessor, today)) {
            String employer = work.organisationId();
            if (participants.contains(employer) && employer.equals(bidFunder) && fundersOwnServices.getAsBoolean()) {
                // OWN_SERVICES_PROGRAMME: a council's officers assess its own services' proposals; shown, never hidden
                conflicts.add(new Conflict(bidId, assessor.username, Conflict.Rule.EMPLOYER_IS_PARTICIPANT, employer, employer,
                        null, null, work.describe() + " is a participant of the bid; not blocking: the round is "
                        + employer + "'s own programme, whose officers assess its own services' proposals", true));
            } else if (participants.contains(employer)) {
                conflicts.add(conflict(assessor, bidId, bidFunder, Conflict.Rule.EMPLOYER_IS_PARTICIPANT, employer, employer, null,
                        null, work.describe() + " is a participant of the bid", today));
            }
            related.getOrDefault(employer, Map.of()).forEach((other, how) -> {
                if (participants.contains(other) && !other.equals(employer)) {
                    conflicts.add(conflict(assessor, bidId, bidFunder, Conflict.Rule.EMPLOYER_RELATED_TO_PARTICIPANT, other, employer,
                            how, null, work.describe() + " is related to participant " + other + " (" + how + ")", today));
                }
            });
        }
        for (Interest interest : assessor.interests) {
            String kind = interest.type().name();
            if (bidId.equals(interest.bidId())) {
                conflicts.add(conflict(assessor, bidId, bidFunder, Conflict.Rule.INTEREST_DECLARED_IN_BID, null,
                        interest.organisationId(), null, kind, "The assessor declared an interest in this bid: "
                                + interest.nature(), today));
            }
            String org = interest.organisationId();
            if (org == null) {
                continue;
            }
            if (participants.contains(org)) {
                conflicts.add(conflict(assessor, bidId, bidFunder, Conflict.Rule.INTEREST_IN_PARTICIPANT, org, org, null, kind,
                        "The assessor declared an interest in participant " + org + ": " + interest.nature(), today));
            }
            related.getOrDefault(org, Map.of()).forEach((other, how) -> {
                if (participants.contains(other) && !other.equals(org)) {
                    conflicts.add(conflict(assessor, bidId, bidFunder, Conflict.Rule.INTEREST_RELATED_TO_PARTICIPANT, other, org, how,
                            kind, "The assessor declared an interest in " + org + ", related to participant " + other
                                    + " (" + how + ")", today));
                }
            });
        }
        return conflicts;
    }

    private static Conflict conflict(Assessor assessor, String bidId, String bidFunder, Conflict.Rule rule,
            String participant, String through, String relation, String interestType, String explanation,
            LocalDate today) {
        boolean dispensed = assessor.dispensations.stream().anyMatch(d -> d.covers(bidId, participant, bidFunder, today)
                || through != null && d.covers(bidId, through, bidFunder, today));
        return new Conflict(bidId, assessor.username, rule, participant, through, relation, interestType, explanation,
                dispensed);
    }

    /** Who the assessor works for today: the employer its token names, and any secondment that has not ended. */
    record Employment(String organisationId, Secondment secondment) {

        String describe() {
            return secondment == null ? "The assessor's employer " + organisationId
                    : "The assessor is seconded to " + organisationId + (secondment.until() == null ? "" : " until "
                            + secondment.until()) + ", which";
        }
    }

    static List<Employment> employments(Assessor assessor, LocalDate today) {
        List<Employment> all = new ArrayList<>();
        if (assessor.employerOrganisationId != null) {
            all.add(new Employment(assessor.employerOrganisationId, null));
        }
        assessor.secondments.stream().filter(s -> s.activeOn(today)).forEach(s -> all.add(new Employment(s.organisationId(), s)));
        return all;
    }

    /** The organisations whose relations matter for this assessor today. */
    public static List<String> organisationsOf(Assessor assessor, LocalDate today) {
        List<String> orgs = new ArrayList<>();
        employments(assessor, today).stream().map(Employment::organisationId).filter(o -> !orgs.contains(o)).forEach(orgs::add);
        assessor.interests.stream().map(Interest::organisationId).filter(o -> o != null && !orgs.contains(o))
                .forEach(orgs::add);
        return orgs;
    }
}
