package uk.gov.tca.bid.register;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.RegisterAnswer;
import uk.gov.tca.platform.rules.RuleViolation;

/**
 * What the register says of the organisations a bid names, asked before the bid is locked so that no call to the
 * partner-service is made while a bid's row is held: names written without an id are resolved when the register is
 * sure, and each organisation is looked up. What it said is the bid's to weigh ({@link RegisterAnswer}).
 */
@ApplicationScoped
public class ParticipantChecks {

    /** The participants with the ids the register resolved, what it said of each, and the names it could not resolve. */
    public record Checked(List<Participant> participants, RegisterAnswer answer, List<RuleViolation> unresolved) {
        public Checked {
            participants = List.copyOf(participants);
            unresolved = List.copyOf(unresolved);
        }

        /** The participants as named, the register not asked (a change that will be refused for another reason). */
        public static Checked unasked(List<Participant> named) {
            return new Checked(named, RegisterAnswer.none(), List.of());
        }
    }

    private final PartnerRegister register;

    public ParticipantChecks(PartnerRegister register) {
        this.register = register;
    }

    /** Checks the participants a bid names, and its lead, against the register; fields are the request's indexes. */
    public Checked check(List<Participant> named, String lead) {
        List<RuleViolation> unresolved = new ArrayList<>();
        List<Participant> resolved = resolveNames(named, unresolved);
        Set<String> organisations = new LinkedHashSet<>();
        organisations.add(lead);
        resolved.stream().map(Participant::organisationId).filter(id -> id != null && !id.isBlank())
                .forEach(organisations::add);
        return new Checked(resolved, answer(organisations), unresolved);
    }

    /** What the register says now of each of these organisations. */
    public RegisterAnswer answer(Collection<String> organisationIds) {
        Set<String> confirmed = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        java.util.Map<String, RegisterAnswer.RegisterRecord> records = new java.util.LinkedHashMap<>();
        for (String id : new LinkedHashSet<>(organisationIds)) {
            PartnerRegister.Standing standing = register.verify(id);
            switch (standing.verification()) {
                case ON_REGISTER -> confirmed.add(id);
                case NOT_ON_REGISTER -> unknown.add(id);
                case UNAVAILABLE -> { } // kept unverified: ParticipantVerifier asks again
            }
            if (standing.endDate() != null || standing.mergedInto() != null || standing.unconfirmed()) {
                records.put(id, new RegisterAnswer.RegisterRecord(standing.endDate(), standing.successors(),
                        standing.mergedInto(), standing.unconfirmed()));
            }
        }
        return new RegisterAnswer(confirmed, unknown, records);
    }

    /** Participants given by name only are linked to the register when it is sure which organisation is meant. */
    private List<Participant> resolveNames(List<Participant> participants, List<RuleViolation> violations) {
        List<Participant> named = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            if (p.organisationId() != null && !p.organisationId().isBlank()) {
                named.add(p);
            } else if (p.nameAsWritten() == null || p.nameAsWritten().isBlank()) {
                violations.add(new RuleViolation("participants[" + i + "].organisationId",
                        "give organisationId or nameAsWritten"));
                named.add(p);
            } else {
                PartnerRegister.NameResolution resolution = register.resolve(p.nameAsWritten());
                if (resolution.organisationId() == null) {
                    violations.add(new RuleViolation("participants[" + i + "].nameAsWritten", resolution.reason()));
                    named.add(p);
                } else {
                    named.add(new Participant(resolution.organisationId(), p.nameAsWritten(), p.roles(), p.share(),
                            p.onBehalfOf(), p.jointAndSeveral(), false));
                }
            }
        }
        return named;
    }
}
