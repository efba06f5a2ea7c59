package uk.gov.tca.e2e.reliability;

import java.time.Duration;

/** Polling for something the stack does in its own time (a restart, a catch-up), bounded. */
final class Waiting {

    /** A check that may reach the database or the network. */
    interface Check {
        boolean done() throws Exception;
    }

    private Waiting() {
    }

    /** Seconds from {@code since} (a System.nanoTime) until the check held, or -1 when it did not within the limit. */
    static double secondsUntil(long since, Duration limit, Check check) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (check.done()) {
                return (System.nanoTime() - since) / 1e9;
            }
            Load.sleep(100);
        }
        return -1;
    }
}
