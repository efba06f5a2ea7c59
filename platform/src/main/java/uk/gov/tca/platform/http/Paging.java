package uk.gov.tca.platform.http;

import java.util.ArrayList;
import java.util.List;
import uk.gov.tca.platform.problem.Problem;
import uk.gov.tca.platform.problem.ProblemException;

/** The paging parameters every list takes: page from 0, size 1 to {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    /**
     * Takes the parameters as sent, so that "size=many" is a 400 naming the field rather than the 404
     * JAX-RS gives for a query parameter it cannot convert.
     */
    public static Paging of(String page, String size) {
        List<Problem.Violation> violations = new ArrayList<>();
        Long p = parse("page", page, 0, violations);
        Long s = parse("size", size, DEFAULT_SIZE, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return of(p, s);
    }

    private static Long parse(String name, String value, int otherwise, List<Problem.Violation> violations) {
        try {
            return QueryParams.wholeNumber(name, value, (long) otherwise);
        } catch (ProblemException e) {
            violations.addAll(e.problem().violations());
            return (long) otherwise;
        }
    }

    public static Paging of(Integer page, Integer size) {
        return of(page == null ? 0L : page.longValue(), size == null ? (long) DEFAULT_SIZE : size.longValue());
    }

    /** The first row a page starts at is an int in every database and query API: a page past that is out of range. */
    private static Paging of(long p, long s) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (p < 0) {
            violations.add(new Problem.Violation("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Problem.Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (violations.isEmpty() && p > (Integer.MAX_VALUE - s) / s) {
            violations.add(new Problem.Violation("page", "is beyond the last page that can be asked for: at most "
                    + ((Integer.MAX_VALUE - s) / s) + " at size " + s));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new Paging((int) p, (int) s);
    }

    public int offset() {
        return page * size;
    }
}
