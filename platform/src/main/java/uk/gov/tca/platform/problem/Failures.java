package uk.gov.tca.platform.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of failure an exception a request ended in is, from its causes alone (no HTTP here): a race another
 * request won, something this service depends on being away, a number past what the database stores — or none of
 * these, a defect of ours.
 */
public final class Failures {

    /** The failures a client is told about as such; anything else is UNEXPECTED (logged, answered 500 with an id). */
    public enum Kind {
        /** Hibernate's version check lost to a change made at the same moment (412). */
        CHANGED_MEANWHILE,
        /** A unique key another request took at the same moment (409). */
        DUPLICATE,
        DATABASE_UNAVAILABLE,
        NEIGHBOUR_UNREACHABLE,
        NUMBER_OUT_OF_RANGE,
        UNEXPECTED
    }

    private Failures() {
    }

    public static Kind classify(Throwable e) {
        for (Throwable cause : causes(e)) {
            String type = cause.getClass().getName();
            if (type.equals("jakarta.persistence.OptimisticLockException")
                    || type.equals("org.hibernate.StaleObjectStateException")
                    || type.equals("org.hibernate.StaleStateException")) {
                return Kind.CHANGED_MEANWHILE;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return Kind.DUPLICATE;
            }
        }
        if (databaseUnavailable(e)) {
            return Kind.DATABASE_UNAVAILABLE;
        }
        if (neighbourUnreachable(e)) {
            return Kind.NEIGHBOUR_UNREACHABLE;
        }
        return numberOutOfRange(e) ? Kind.NUMBER_OUT_OF_RANGE : Kind.UNEXPECTED;
    }

    /** PostgreSQL's numeric_value_out_of_range (22003): the statement and its transaction were rolled back. */
    static boolean numberOutOfRange(Throwable e) {
        return causes(e).stream().anyMatch(c -> c instanceof java.sql.SQLException sql && "22003".equals(sql.getSQLState()));
    }

    /**
     * The database restarting or out of reach (a connection refused or cut, no connection free in time): an
     * outage to wait out, answered 503 with Retry-After, not a 500. The transaction was rolled back.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause : causes(e)) {
            if (cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("53300"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Another service of ours that could not be asked: its connection refused, reset or timed out, or the fault
     * tolerance around the call gave up (timeout, open circuit, full bulkhead). An outage to wait out (503), as
     * when it answers 503 itself. A neighbour that answered something unreadable is not this: that is our defect.
     */
    static boolean neighbourUnreachable(Throwable e) {
        boolean clientCall = false;
        for (Throwable cause : causes(e)) {
            String type = cause.getClass().getName();
            if (type.startsWith("org.eclipse.microprofile.faulttolerance.exceptions.")
                    && !type.endsWith("FaultToleranceDefinitionException")) {
                return true;
            }
            clientCall |= type.equals("jakarta.ws.rs.ProcessingException");
            if (clientCall && (cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.UnknownHostException || cause instanceof java.nio.channels.ClosedChannelException
                    || type.equals("io.vertx.core.http.HttpClosedException") || type.endsWith("TimeoutException"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception, its causes and what was suppressed on the way, outermost first. The suppressed ones matter:
     * when a commit fails because the database went away, the transaction manager throws a RollbackException
     * of its own and attaches the resource's failure (an XAException caused by the SQLException) as suppressed.
     */
    static List<Throwable> causes(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        java.util.Deque<Throwable> toVisit = new java.util.ArrayDeque<>(List.of(e));
        while (!toVisit.isEmpty() && chain.size() < 64) {
            Throwable next = toVisit.poll();
            if (seen.add(next)) {
                chain.add(next);
                if (next.getCause() != null) {
                    toVisit.add(next.getCause());
                }
                toVisit.addAll(List.of(next.getSuppressed()));
            }
        }
        return chain;
    }

    /** The first line of the innermost cause's message. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
