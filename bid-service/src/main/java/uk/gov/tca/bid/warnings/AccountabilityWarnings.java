package uk.gov.tca.bid.warnings;

import uk.gov.tca.bid.content.Resolution;
import uk.gov.tca.bid.participation.Participant;
import uk.gov.tca.bid.participation.ParticipantRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Who answers for the award and on whose authority: shares, joint and several liability, resolutions (V5, V6). */
final class AccountabilityWarnings {

    private AccountabilityWarnings() {
    }

    /** V5: where the award is split between grant recipients, their shares make up the amount sought. */
    static final WarningRule SHARES_MAKE_UP_THE_AWARD = (bid, round) -> {
        List<Participant> recipients = bid.participants().stream().filter(p -> p.plays(ParticipantRole.GRANT_RECIPIENT))
                .toList();
        if (recipients.isEmpty() || !Figures.numeric(bid.amountSought()) || recipients.stream().anyMatch(p -> !Figures.numeric(p.share()))) {
            return List.of();
        }
        BigDecimal shares = recipients.stream().map(p -> p.share().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return shares.compareTo(bid.amountSought().amount()) == 0 ? List.of()
                : List.of(new Warning("SHARES_DIFFER_FROM_AMOUNT_SOUGHT", "The grant recipients' shares total "
                        + Figures.pounds(shares) + " but the bid seeks " + Figures.pounds(bid.amountSought().amount()),
                        List.of("participants", "amountSought")));
    };

    /**
     * V5: the lead answers for the award unless the bid names accountable bodies; two or more accountable
     * bodies answer jointly and severally (Babergh and Mid Suffolk), and the bid must say so of each.
     */
    static final WarningRule JOINT_ACCOUNTABILITY_IS_STATED = (bid, round) -> {
        List<Participant> accountable = bid.participants().stream()
                .filter(p -> p.plays(ParticipantRole.ACCOUNTABLE_BODY)).toList();
        return accountable.size() > 1 && accountable.stream().anyMatch(p -> !p.jointAndSeveral())
                ? List.of(new Warning("JOINT_ACCOUNTABILITY_NOT_STATED", accountable.size()
                        + " participants are accountable bodies but not all are marked jointly and severally",
                        List.of("participants")))
                : List.of();
    };

    /** V6: a resolution dated after the bid cannot have passed when the bid was written: it was planned. */
    static final WarningRule RESOLUTIONS_PASSED_BEFORE_THE_BID = (bid, round) -> {
        java.time.LocalDate dated = dateOf(bid);
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.content().resolutions().size(); i++) {
            Resolution r = bid.content().resolutions().get(i);
            if (dated != null && r.date() != null && r.status() == Resolution.Status.PASSED && r.date().isAfter(dated)) {
                warnings.add(new Warning("RESOLUTION_AFTER_BID", "A resolution of " + r.organisationId() + " dated "
                        + r.date() + " is marked passed, but the bid is dated " + dated + ": it was planned",
                        List.of("resolutions[" + i + "].status")));
            }
        }
        return warnings;
    };

    /**
     * An organisation the bid names had ceased to exist by the bid's date (its own date, else when it was submitted; a
     * draft, by today's): the register's end date says so, and names who succeeded it, whom the bid likely means. A
     * proposal merged into the entry it duplicated never was another organisation: the bid means that entry, whatever
     * its date.
     */
    static final WarningRule NAMED_ORGANISATIONS_EXISTED = (bid, round) -> {
        java.time.LocalDate dated = dateOf(bid) != null ? dateOf(bid) : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<Warning> warnings = new ArrayList<>();
        for (int i = 0; i < bid.participants().size(); i++) {
            var p = bid.participants().get(i);
            var record = p.register();
            String named = p.organisationId() + (p.nameAsWritten() == null ? "" : " (" + p.nameAsWritten() + ")");
            List<String> field = List.of("participants[" + i + "].organisationId");
            if (record == null) {
                continue;
            }
            if (record.mergedInto() != null) {
                warnings.add(new Warning("ORGANISATION_CEASED", named + " was proposed to the register and found to be "
                        + record.mergedInto() + ", into which it was merged: the bid means " + record.mergedInto(), field));
            } else if (record.endedOn() != null && record.endedOn().isBefore(dated)) {
                List<String> successors = record.successors() == null ? List.of() : record.successors();
                warnings.add(new Warning("ORGANISATION_CEASED", named + " had ceased to exist by the bid's date " + dated
                        + ": the register records its end on " + record.endedOn()
                        + (successors.isEmpty() ? ", with no successor" : ", succeeded by " + String.join(" and ", successors)),
                        field));
            }
            if (record.unconfirmed()) {
                warnings.add(new Warning("ORGANISATION_UNCONFIRMED", named + " was proposed to the register by a bidder "
                        + "and no programme manager has confirmed it yet", field));
            }
        }
        return warnings;
    };

    /** The date a bid bears: its own, else the day it was submitted; null for a draft that bears none. */
    private static java.time.LocalDate dateOf(uk.gov.tca.bid.lifecycle.Bid bid) {
        return bid.content().dated() != null ? bid.content().dated()
                : bid.submittedAt() != null ? bid.submittedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null;
    }
}
