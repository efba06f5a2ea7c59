package uk.gov.tca.partner.organisation;

import uk.gov.tca.partner.naming.NameMatch;

/** An organisation a written name may mean, how sure we are (0–1), and which of its names matched how. */
public record Candidate(Organisation organisation, double score, String matchedName, NameMatch match) {
}
