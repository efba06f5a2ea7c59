package uk.gov.tca.partner.organisation;


/** What a list of organisations is filtered by; any part may be absent. */
public record OrganisationSearch(String q, OrganisationType type, OrganisationStatus status, String identifier) {
}
