package uk.gov.tca.gateway.web;

/** Text as forms send it and pages say it: a blank field is none, a message starts with a capital. */
public final class FormText {

    private FormText() {
    }

    /** What a field holds, trimmed; null when it was left blank. */
    public static String filled(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "must be at least 10 characters" → "Must be at least 10 characters". */
    public static String sentence(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
