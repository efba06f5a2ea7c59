package uk.gov.tca.partner.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The state a client proposes for an organisation, before the register's rules have been applied. */
public record OrganisationDraft(
        String id,
        String legalName,
        String commonName,
        OrganisationType type,
        OrganisationStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String nation,
        String region,
        Set<OrganisationFunction> functions,
        List<Identifier> identifiers,
        List<String> aliases,
        List<String> successors) {
}
