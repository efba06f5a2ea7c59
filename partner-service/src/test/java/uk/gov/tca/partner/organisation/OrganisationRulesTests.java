package uk.gov.tca.partner.organisation;

import uk.gov.tca.platform.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationRulesTests {

    private static OrganisationDraft draft(String id, OrganisationStatus status, LocalDate start, LocalDate end,
            List<Identifier> identifiers, List<String> successors) {
        return new OrganisationDraft(id, "Bournemouth Borough Council", "Bournemouth", OrganisationType.UNITARY, status,
                start, end, "England", "South West", Set.of(), identifiers, List.of(), successors);
    }

    private static OrganisationDraft active(List<Identifier> identifiers) {
        return draft("GB-LAE-BMH", OrganisationStatus.ACTIVE, null, null, identifiers, List.of());
    }

    @Test
    void aWellFormedOrganisationBreaksNoRule() {
        assertThat(OrganisationRules.check(active(List.of(new Identifier(IdentifierScheme.ORG_ID, "GB-LAE-BMH"),
                new Identifier(IdentifierScheme.GSS, "E06000028"), new Identifier(IdentifierScheme.LA_REGISTER, "BMH")))))
                .isEmpty();
    }

    @Test
    void identifiersMustHaveTheirSchemesFormat() {
        assertThat(OrganisationRules.IDENTIFIERS_ARE_WELL_FORMED.apply(active(List.of(
                new Identifier(IdentifierScheme.GSS, "E0600002"), new Identifier(IdentifierScheme.ODS, "ryf")))))
                .extracting(RuleViolation::field).containsExactly("identifiers[0].value", "identifiers[1].value");
    }

    @Test
    void anIdentifierGivenTwiceIsAMistake() {
        Identifier gss = new Identifier(IdentifierScheme.GSS, "E06000028");
        assertThat(OrganisationRules.IDENTIFIERS_ARE_NOT_REPEATED.apply(active(List.of(gss, gss))))
                .extracting(RuleViolation::field).containsExactly("identifiers[1]");
    }

    @Test
    void anOrgIdIdMustBeAmongItsOrgIds() {
        assertThat(OrganisationRules.ORG_ID_AGREES_WITH_ID.apply(active(List.of(
                new Identifier(IdentifierScheme.ORG_ID, "GB-LAE-POL"))))).hasSize(1);
        assertThat(OrganisationRules.ORG_ID_AGREES_WITH_ID.apply(draft("TCA-DCLG", OrganisationStatus.ACTIVE, null,
                null, List.of(new Identifier(IdentifierScheme.ORG_ID, "GB-GOR-D4")), List.of()))).isEmpty();
    }

    @Test
    void abolitionIsDatedAndOnlyTheAbolishedHaveSuccessors() {
        assertThat(OrganisationRules.ABOLITION_IS_DATED.apply(draft("GB-LAE-BMH", OrganisationStatus.ABOLISHED, null,
                null, List.of(), List.of("GB-LAE-BPC")))).extracting(RuleViolation::field).containsExactly("endDate");
        assertThat(OrganisationRules.ABOLITION_IS_DATED.apply(draft("GB-LAE-BMH", OrganisationStatus.ACTIVE, null,
                null, List.of(), List.of("GB-LAE-BPC")))).extracting(RuleViolation::field).containsExactly("successors");
    }

    @Test
    void anOrganisationCannotEndBeforeItBegins() {
        assertThat(OrganisationRules.PERIOD_IS_ORDERED.apply(draft("GB-LAE-BMH", OrganisationStatus.ABOLISHED,
                LocalDate.of(2005, 6, 19), LocalDate.of(2005, 6, 18), List.of(), List.of()))).hasSize(1);
    }

    @Test
    void anOrganisationDoesNotSucceedItself() {
        assertThat(OrganisationRules.NOT_ITS_OWN_SUCCESSOR.apply(draft("GB-LAE-BMH", OrganisationStatus.ABOLISHED,
                null, LocalDate.of(2019, 3, 31), List.of(), List.of("GB-LAE-BMH")))).hasSize(1);
    }
}
