package uk.gov.tca.partner.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierSchemeTests {

    @Test
    void realIdentifiersPass() {
        assertThat(IdentifierScheme.ORG_ID.check("GB-LAE-BAB")).isEmpty();
        assertThat(IdentifierScheme.ORG_ID.check("GB-CHC-1128267")).isEmpty();
        assertThat(IdentifierScheme.GSS.check("E06000052")).isEmpty();
        assertThat(IdentifierScheme.ODS.check("RYF")).isEmpty();
        assertThat(IdentifierScheme.ODS.check("11J")).isEmpty();
        assertThat(IdentifierScheme.CHARITY.check("1128267")).isEmpty();
        assertThat(IdentifierScheme.CHARITY.check("SC012345")).isEmpty();
        assertThat(IdentifierScheme.COMPANY.check("08660412")).isEmpty();
        assertThat(IdentifierScheme.COMPANY.check("SC123456")).isEmpty();
        assertThat(IdentifierScheme.LA_REGISTER.check("BAB")).isEmpty();
        assertThat(IdentifierScheme.LA_REGISTER.check("NIR-A")).isEmpty();
    }

    @Test
    void malformedIdentifiersSayWhy() {
        assertThat(IdentifierScheme.ORG_ID.check("LAE-BAB")).hasValueSatisfying(r -> assertThat(r).contains("org-id"));
        assertThat(IdentifierScheme.GSS.check("E0600005")).hasValueSatisfying(r -> assertThat(r).contains("8 digits"));
        assertThat(IdentifierScheme.GSS.check("X06000052")).isPresent();
        assertThat(IdentifierScheme.COMPANY.check("1234567")).isPresent();
        assertThat(IdentifierScheme.CHARITY.check("12")).isPresent();
        assertThat(IdentifierScheme.ODS.check(null)).isPresent();
    }
}
