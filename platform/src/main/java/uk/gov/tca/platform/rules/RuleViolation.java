package uk.gov.tca.platform.rules;

/** A rule a request or a record breaks: which field, and the reason in plain words. */
public record RuleViolation(String field, String reason) {
}
