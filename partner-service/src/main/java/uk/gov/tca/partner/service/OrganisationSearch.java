package uk.gov.tca.partner.service;

import uk.gov.tca.partner.domain.OrganisationStatus;
import uk.gov.tca.partner.domain.OrganisationType;

/** What a list of organisations is filtered by; any part may be absent. */
public record OrganisationSearch(String q, OrganisationType type, OrganisationStatus status, String identifier) {
}
