package uk.gov.tca.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

import jakarta.transaction.RollbackException;

/** Which failures are an outage of the database (503, retry) and which are ours (500). */
class DatabaseUnavailableTest {

    @Test
    void aStatementCutOffByTheDatabaseStoppingIsAnOutage() {
        assertTrue(Failures.databaseUnavailable(new IllegalStateException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(Failures.databaseUnavailable(new SQLException("Connection refused", "08001")));
    }

    /** What Narayana throws when the one-phase commit of the connection fails: the cause is only suppressed. */
    @Test
    void aCommitCutOffByTheDatabaseStoppingIsAnOutage() {
        XAException commitFailed = new XAException(XAException.XA_RBCOMMFAIL);
        commitFailed.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commitFailed);

        assertTrue(Failures.databaseUnavailable(new RuntimeException(rollback)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Failures.databaseUnavailable(new IllegalStateException("a bug")));
        assertFalse(Failures.databaseUnavailable(new SQLException("syntax error", "42601")));
        RollbackException rollback = new RollbackException("rolled back");
        rollback.addSuppressed(new IllegalStateException("a bug in a synchronization"));
        assertFalse(Failures.databaseUnavailable(rollback));
    }

    @Test
    void aCauseThatRefersBackToItselfEnds() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.addSuppressed(inner);
        assertFalse(Failures.databaseUnavailable(outer));
    }
}
