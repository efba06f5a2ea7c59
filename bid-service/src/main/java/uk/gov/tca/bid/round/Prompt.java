package uk.gov.tca.bid.round;

/** A question a round asks every bid to answer. */
public record Prompt(String code, String text, boolean required) {
}
