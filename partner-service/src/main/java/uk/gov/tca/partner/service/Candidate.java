package uk.gov.tca.partner.service;

import uk.gov.tca.partner.domain.NameMatch;
import uk.gov.tca.partner.domain.Organisation;

/** An organisation a written name may mean, how sure we are (0–1), and which of its names matched how. */
public record Candidate(Organisation organisation, double score, String matchedName, NameMatch match) {
}
