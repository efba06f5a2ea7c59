package uk.gov.tca.platform.http;

import java.util.Arrays;
import java.util.Locale;
import uk.gov.tca.platform.problem.ProblemException;

/**
 * Query parameters taken as sent and read here, so that a value that does not convert is a 400 naming
 * the parameter rather than the 404 JAX-RS gives for a query parameter it cannot convert.
 */
public final class QueryParams {

    private QueryParams() {
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
}
