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
                "TCA-DCLG", List.of("GB-LAE-BAB"), Map.of(), TODAY);
        assertThat(found).extracting(Conflict::rule).containsExactly(Conflict.Rule.EMPLOYER_IS_PARTICIPANT);
        assertThat(found.get(0).explanation()).contains("seconded to GB-LAE-BAB");
        assertThat(ConflictRules.organisationsOf(dclgAssessor(toBabergh(TODAY, null)), TODAY))
                .containsExactly("TCA-DCLG", "GB-LAE-BAB");
    }

    @Test
    void aSecondmentConflictsFromTheDayItBeginsAndNotAfterItEnds() {
        Assessor ahead = dclgAssessor(toBabergh(TODAY.plusDays(7), null));
        assertThat(ConflictRules.of(ahead, "b1", "TCA-DCLG", List.of("GB-LAE-BAB"), Map.of(), TODAY)).isEmpty();
        assertThat(ConflictRules.of(ahead, "b1", "TCA-DCLG", List.of("GB-LAE-BAB"), Map.of(), TODAY.plusDays(7))).hasSize(1);
        Assessor over = dclgAssessor(toBabergh(TODAY.minusYears(2), TODAY.minusYears(1)));
        assertThat(ConflictRules.of(over, "b1", "TCA-DCLG", List.of("GB-LAE-BAB"), Map.of(), TODAY)).isEmpty();
    }

    @Test
    void aSecondmentRelatedToAParticipantConflictsToo() {
        List<Conflict> found = ConflictRules.of(dclgAssessor(toBabergh(TODAY, null)), "b1", "TCA-DCLG", List.of("GB-LAE-MSU"),
                Map.of("GB-LAE-BAB", Map.of("GB-LAE-MSU", "SHARED_WORKFORCE")), TODAY);
        assertThat(found).extracting(Conflict::rule).containsExactly(Conflict.Rule.EMPLOYER_RELATED_TO_PARTICIPANT);
        assertThat(found.get(0).throughOrganisationId()).isEqualTo("GB-LAE-BAB");
    }
}
