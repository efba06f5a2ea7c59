package uk.gov.tca.platform.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * Query parameters taken as sent and read here, so that a value that does not convert is a 400 naming
 * the parameter rather than the 404 JAX-RS gives for a query parameter it cannot convert.
 */
public final class QueryParams {

    /** ASCII digits only: Java's own parsers also take Arabic-Indic, fullwidth and other digits, which no client means. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private QueryParams() {
    }

    /**
     * A whole-number parameter written in the digits 0 to 9 (absent or blank: the default). Anything else — other
     * scripts' digits, a fraction, words, a number past 18 digits — is a 400 naming the parameter.
     */
    public static long wholeNumber(String name, String value, long otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String text = value.strip();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw ProblemException.invalid(name, "must be a whole number written with the digits 0-9");
        }
        return Long.parseLong(text);
    }

    /** As {@link #wholeNumber(String, String, long)}, for a parameter an int holds. */
    public static int wholeNumber(String name, String value, int otherwise) {
        long number = wholeNumber(name, value, (long) otherwise);
        if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
            throw ProblemException.invalid(name, "is too large");
        }
        return (int) number;
    }

    /** An enum parameter: absent is null, an unknown value a 400 that lists the known ones. Case is ignored. */
    public static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A true/false parameter: absent is null; anything but true or false (any case) a 400 that says so. */
    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    /**
     * A time parameter in ISO 8601 with its offset ({@code 2014-07-01T00:00:00Z}, {@code 2014-07-01T01:00:00+01:00}):
     * absent is null; anything else a 400 that says the form.
     */
    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            java.time.OffsetDateTime time = java.time.OffsetDateTime.parse(value.strip());
            if (time.getYear() < 1000 || time.getYear() > 9999) {
                // beyond, the database and ISO 8601 part company (as StrictJson holds dates in bodies)
                throw ProblemException.invalid(name, "must be a time within years 1000 to 9999");
            }
            return time.toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a time in ISO 8601 with its offset, as 2014-07-01T00:00:00Z");
        }
    }
}
