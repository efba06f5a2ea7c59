package uk.gov.tca.partner.organisation;


/**
 * What a list of organisations is filtered by; any part may be absent. {@code updatedSince}: only those changed at
 * or after it, oldest change first.
 */
public record OrganisationSearch(String q, OrganisationType type, OrganisationStatus status, String identifier,
        java.time.Instant updatedSince) {
}
