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
        Integer p = parse("page", page, 0, violations);
        Integer s = parse("size", size, DEFAULT_SIZE, violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return of(p, s);
    }

    private static Integer parse(String name, String value, int otherwise, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new Problem.Violation(name, "must be a whole number"));
            return otherwise;
        }
    }

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Problem.Violation> violations = new ArrayList<>();
        if (p < 0) {
            violations.add(new Problem.Violation("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Problem.Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new Paging(p, s);
    }

    public int offset() {
        return page * size;
    }
}
