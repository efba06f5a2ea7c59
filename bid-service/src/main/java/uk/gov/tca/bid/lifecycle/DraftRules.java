package uk.gov.tca.bid.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.gov.tca.bid.content.ContentRules;
import uk.gov.tca.bid.money.MoneyRules;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;
import uk.gov.tca.bid.participation.RegisterAnswer;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * What a draft must be to be kept at all, each a named rule with its reason: amounts the money rules accept, content
 * the content rules accept, and each organisation named once, with only the lead leading. Everything else is taken as
 * written and warned on.
 */
public final class DraftRules {

    private DraftRules() {
    }

    /** Every reason the draft cannot be kept; participants not yet linked to the register are the register's to name. */
    public static List<RuleViolation> check(BidDraft draft, String lead) {
        List<RuleViolation> violations = new ArrayList<>();
        violations.addAll(MoneyRules.check("amountSought", draft.amountSought()));
        violations.addAll(MoneyRules.check("fallbackAmount", draft.fallbackAmount()));
        violations.addAll(ContentRules.check(draft.content()));
        violations.addAll(participantsNamedOnce(draft.participants(), lead));
        return violations;
    }

    /** EVERY_PARTICIPANT_IDENTIFIED: each participant is an organisation of the register, by its id. */
    static List<RuleViolation> everyParticipantIdentified(List<Participant> participants) {
        List<RuleViolation> violations = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            String id = participants.get(i).organisationId();
            if (id == null || id.isBlank()) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId", "is required"));
            }
        }
        return violations;
    }

    /** EVERY_PARTICIPANT_ON_THE_REGISTER: none the register said it does not know (one it could not be asked waits). */
    static List<RuleViolation> everyParticipantOnTheRegister(List<Participant> participants, String lead,
            RegisterAnswer register) {
        List<RuleViolation> violations = new ArrayList<>();
        if (register.knowsNot(lead)) {
            violations.add(new RuleViolation("leadOrganisationId", "the lead, " + lead + ", is not on the register"));
        }
        for (int i = 0; i < participants.size(); i++) {
            String id = participants.get(i).organisationId();
            if (register.knowsNot(id) && !id.equals(lead)) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId",
                        id + " is not on the register: resolve the name through /organisations/resolve"));
            }
        }
        return violations;
    }

    /** PARTICIPANTS_NAMED_ONCE and ONLY_THE_LEAD_LEADS, with each share an amount the money rules accept. */
    private static List<RuleViolation> participantsNamedOnce(List<Participant> participants, String lead) {
        List<RuleViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (p.organisationId() == null) {
                continue;
            }
            violations.addAll(MoneyRules.check("participants[" + i + "].share", p.share()));
            if (!seen.add(p.organisationId())) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId",
                        "is listed twice: give it all its roles once"));
            }
            if (p.plays(ParticipantRole.LEAD) && !p.organisationId().equals(lead)) {
                violations.add(new RuleViolation("participants[" + i + "].roles",
                        "only your own organisation (" + lead + ") leads the bids you create"));
            }
        }
        return violations;
    }
}
