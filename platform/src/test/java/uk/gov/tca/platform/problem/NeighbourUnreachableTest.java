package uk.gov.tca.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.SocketException;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceDefinitionException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;

import jakarta.ws.rs.ProcessingException;

/** Which failures of a call to another service are its outage (503, retry) and which are ours (500). */
class NeighbourUnreachableTest {

    @Test
    void aConnectionRefusedOrCutIsAnOutage() {
        assertTrue(Failures.neighbourUnreachable(new ProcessingException(new ConnectException("Connection refused"))));
        assertTrue(Failures.neighbourUnreachable(new ProcessingException(new java.net.UnknownHostException("bid"))));
        assertTrue(Failures.neighbourUnreachable(
                new IllegalStateException(new ProcessingException(new SocketException("Connection reset")))));
    }

    @Test
    void aTimeoutOrAnOpenCircuitOrAFullBulkheadIsAnOutage() {
        assertTrue(Failures.neighbourUnreachable(new TimeoutException("timed out after 10 s")));
        assertTrue(Failures.neighbourUnreachable(new CircuitBreakerOpenException("open")));
        assertTrue(Failures.neighbourUnreachable(new RuntimeException(new BulkheadException("full"))));
        assertTrue(Failures.neighbourUnreachable(
                new ProcessingException(new java.util.concurrent.TimeoutException("no answer in 10 s"))));
    }

    @Test
    void anUnreadableAnswerOrOurOwnFailureIsNot() {
        assertFalse(Failures.neighbourUnreachable(
                new ProcessingException(new JsonParseException(null, "Unexpected character"))));
        assertFalse(Failures.neighbourUnreachable(new FaultToleranceDefinitionException("bad @Retry")));
        assertFalse(Failures.neighbourUnreachable(new IllegalStateException("a bug")));
        // an I/O failure of our own (a file, say) is not a neighbour's outage
        assertFalse(Failures.neighbourUnreachable(new IllegalStateException(new java.io.IOException("disk full"))));
    }
}
