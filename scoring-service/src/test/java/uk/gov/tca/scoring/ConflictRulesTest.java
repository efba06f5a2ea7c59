package uk.gov.tca.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.tca.scoring.assessor.Assessor;
import uk.gov.tca.scoring.assessor.Secondment;
import uk.gov.tca.scoring.conflict.Conflict;
import uk.gov.tca.scoring.conflict.ConflictRules;

/** The conflict rules on their own, in milliseconds: a secondment conflicts while it lasts, as an employer would. */
class ConflictRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Assessor dclgAssessor(Secondment... secondments) {
        Assessor a = new Assessor();
        a.username = "assessor.rules";
        a.employerOrganisationId = "TCA-DCLG";
        a.secondments = List.of(secondments);
        return a;
    }

    private static Secondment toBabergh(LocalDate from, LocalDate until) {
        return new Secondment("GB-LAE-BAB", from, until, "Seconded to Babergh", Instant.EPOCH, "manager.dclg");
    }

    @Test
    void aSecondmentConflictsAsTheEmployerWouldWhileItLasts() {
        List<Conflict> found = ConflictRules.of(dclgAssessor(toBabergh(TODAY.minusDays(10), TODAY.plusDays(10))), "b1",
                "TCA-DCLG", () -> false, List.of("GB-LAE-BAB"), Map.of(), TODAY);
        assertThat(found).extracting(Conflict::rule).containsExactly(Conflict.Rule.EMPLOYER_IS_PARTICIPANT);
        assertThat(found.get(0).explanation()).contains("seconded to GB-LAE-BAB");
        assertThat(ConflictRules.organisationsOf(dclgAssessor(toBabergh(TODAY, null)), TODAY))
                .containsExactly("TCA-DCLG", "GB-LAE-BAB");
    }

    @Test
    void aSecondmentConflictsFromTheDayItBeginsAndNotAfterItEnds() {
        Assessor ahead = dclgAssessor(toBabergh(TODAY.plusDays(7), null));
        assertThat(ConflictRules.of(ahead, "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-BAB"), Map.of(), TODAY)).isEmpty();
        assertThat(ConflictRules.of(ahead, "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-BAB"), Map.of(), TODAY.plusDays(7))).hasSize(1);
        Assessor over = dclgAssessor(toBabergh(TODAY.minusYears(2), TODAY.minusYears(1)));
        assertThat(ConflictRules.of(over, "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-BAB"), Map.of(), TODAY)).isEmpty();
    }

    @Test
    void aSecondmentRelatedToAParticipantConflictsToo() {
        List<Conflict> found = ConflictRules.of(dclgAssessor(toBabergh(TODAY, null)), "b1", "TCA-DCLG", () -> false, List.of("GB-LAE-MSU"),
                Map.of("GB-LAE-BAB", Map.of("GB-LAE-MSU", "SHARED_WORKFORCE")), TODAY);
        assertThat(found).extracting(Conflict::rule).containsExactly(Conflict.Rule.EMPLOYER_RELATED_TO_PARTICIPANT);
        assertThat(found.get(0).throughOrganisationId()).isEqualTo("GB-LAE-BAB");
    }

    @Test
    void inAFundersOwnProgrammeItsOfficersAreShownAsEmployedByTheBidButNotBlocked() {
        Assessor officer = new Assessor();
        officer.username = "assessor.worcestershire";
        officer.employerOrganisationId = "GB-LAE-WOR";
        officer.secondments = List.of();
        // Worcestershire's own programme, a proposal of its own services with Worcester City as partner
        List<Conflict> own = ConflictRules.of(officer, "ff1", "GB-LAE-WOR", () -> true, List.of("GB-LAE-WOR", "GB-LAE-WOC"),
                Map.of(), TODAY);
        assertThat(own).extracting(Conflict::rule).containsExactly(Conflict.Rule.EMPLOYER_IS_PARTICIPANT);
        assertThat(own).noneMatch(Conflict::blocking);
        assertThat(own.get(0).explanation()).contains("not blocking: the round is GB-LAE-WOR's own programme");
        // the same bid in a competition of that funder, or the officer working for another participant, still blocks
        assertThat(ConflictRules.of(officer, "ff1", "GB-LAE-WOR", () -> false, List.of("GB-LAE-WOR"), Map.of(), TODAY))
                .allMatch(Conflict::blocking);
        officer.employerOrganisationId = "GB-LAE-WOC";
        assertThat(ConflictRules.of(officer, "ff1", "GB-LAE-WOR", () -> true, List.of("GB-LAE-WOR", "GB-LAE-WOC"), Map.of(), TODAY))
                .extracting(Conflict::blocking).containsExactly(true);
        // and a relation of the funder to a partner (a shared workforce) is a conflict as anywhere
        officer.employerOrganisationId = "GB-LAE-WOR";
        assertThat(ConflictRules.of(officer, "ff1", "GB-LAE-WOR", () -> true, List.of("GB-LAE-WOR", "GB-LAE-WOC"),
                Map.of("GB-LAE-WOR", Map.of("GB-LAE-WOC", "SHARED_WORKFORCE")), TODAY))
                .filteredOn(Conflict::blocking).extracting(Conflict::rule)
                .containsExactly(Conflict.Rule.EMPLOYER_RELATED_TO_PARTICIPANT);
    }
}
