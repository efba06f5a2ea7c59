package uk.gov.tca.partner.domain;

/** A rule an organisation's proposed state breaks: which field, and the reason in plain words. */
public record RuleViolation(String field, String reason) {
}
