package uk.gov.tca.gateway.web;

/**
 * One thing wrong with what a form sent, in plain English, and the id of the field it is about, so the error summary
 * links to it (GOV.UK: each message in the summary moves focus to its field).
 */
public record FieldError(String field, String message) {
}
