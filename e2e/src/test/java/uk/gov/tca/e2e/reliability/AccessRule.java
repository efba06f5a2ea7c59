package uk.gov.tca.e2e.reliability;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import uk.gov.tca.e2e.reliability.ApiOperations.Service;

/**
 * What each caller gets from one operation of the API, tried on one target of the fixture. Unnamed callers are
 * refused with 403; a caller with no token always gets 401. "Hidden" is 404: what the caller may not see, it is
 * not told exists.
 */
final class AccessRule {

    final Service service;
    final String key;
    final String method;
    private Function<Fixture, String> target;
    private Function<Fixture, Object> body;
    final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
    boolean mentionsTheBid;
    private java.util.function.Predicate<Http.Answer> changed = answer -> true;

    private AccessRule(Service service, String key) {
        this.service = service;
        this.key = key;
        this.method = key.substring(0, key.indexOf(' '));
        this.target = f -> key.substring(key.indexOf(' ') + 1);
    }

    static AccessRule of(Service service, String key) {
        return new AccessRule(service, key);
    }

    /** The concrete path (and query) tried, from the fixture. */
    AccessRule at(Function<Fixture, String> target) {
        this.target = target;
        return this;
    }

    AccessRule body(Function<Fixture, Object> body) {
        this.body = body;
        return this;
    }

    /** A header sent with every try (after the body's own Content-Type, so it can replace it). */
    AccessRule header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** An If-Match no version has: an allowed caller is told 412, so the target stays as it is. */
    AccessRule staleVersion() {
        headers.put("If-Match", "\"stale\"");
        return this;
    }

    AccessRule answers(int status, Caller... callers) {
        for (Caller caller : callers) {
            expected.put(caller, status);
        }
        return this;
    }

    AccessRule hidden(Caller... callers) {
        return answers(404, callers);
    }

    /**
     * Another funder's manager is not tried here: a create on the register every funder shares, whose second try
     * would only repeat the first (what it may do there is tried on the register's other operations).
     */
    AccessRule notTriedByOtherFunder() {
        notTriedByOtherFunder = true;
        return this;
    }

    /** The answer names the fixture's bid by design (an assessor's own conflict on it). */
    AccessRule mentionsTheBid() {
        mentionsTheBid = true;
        return this;
    }

    /** A POST that only reads (a query with a body): it changes nothing, so it records nothing. */
    AccessRule readsOnly() {
        changed = answer -> false;
        return this;
    }

    /** Whether an allowed answer changed anything, when that depends on the answer (an assignment run that found nothing to do). */
    AccessRule changedWhen(java.util.function.Predicate<Http.Answer> changed) {
        this.changed = changed;
        return this;
    }

    /** Whether this 2xx answer is a state change, which must have left its audit record. */
    boolean changed(Http.Answer answer) {
        return changesState() && answer.status() < 300 && changed.test(answer);
    }

    /**
     * The answer the caller must get. Another funder's manager is held to what the rule says of it; where the rule
     * says what DCLG's manager gets and nothing of the other funder's (a create on the shared register, whose second
     * try would only repeat the first), it is not tried (-1); elsewhere it is refused as any other caller is.
     */
    private boolean notTriedByOtherFunder;

    int expected(Caller caller) {
        if (caller == Caller.FUNDER_OTHER && !expected.containsKey(caller) && expected.containsKey(Caller.MANAGER)) {
            if (!notTriedByOtherFunder) {
                throw new IllegalStateException(key + " says what DCLG's manager gets and nothing of another funder's: "
                        + "give FUNDER_OTHER its answer, or say notTriedByOtherFunder()");
            }
            return -1;
        }
        return caller == Caller.NONE ? 401 : expected.getOrDefault(caller, 403);
    }

    boolean changesState() {
        return !method.equals("GET");
    }

    String path(Fixture fixture) {
        return target.apply(fixture);
    }

    Object body(Fixture fixture) {
        return body == null ? null : body.apply(fixture);
    }
}
