package uk.gov.tca.bid.domain;

/** A rule a request breaks: which field, and the reason in plain words. */
public record RuleViolation(String field, String reason) {
}
