package uk.gov.tca.scoring.assignment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Conflicts that begin on a date: a secondment recorded ahead of its start, a relation or a collaboration's member
 * from a future day. Recording them re-checks the live assignments at once, when they do not yet conflict; this
 * checks every live assignment again every hour, so each ends on the day its conflict begins.
 */
@ApplicationScoped
public class ConflictSweep {

    private static final Logger LOG = Logger.getLogger(ConflictSweep.class);

    private final AssignmentService assignments;

    public ConflictSweep(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Scheduled(every = "${scoring.conflicts.sweep-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        try {
            int ended = assignments.revokeConflictedEverywhere("conflict-sweep").size();
            if (ended > 0) {
                LOG.infof("%d assignment(s) ended: conflicts that began since they were made", ended);
            }
        } catch (RuntimeException e) {
            LOG.warnf("live assignments not checked for conflicts this time: %s", e.getMessage());
        }
    }
}
