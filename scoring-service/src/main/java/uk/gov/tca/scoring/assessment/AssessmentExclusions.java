package uk.gov.tca.scoring.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import uk.gov.tca.platform.audit.AuditLog;
import uk.gov.tca.scoring.assignment.AssessmentsOfAssignments;

/** The assessments under assignments, as the assignment feature asks about them. */
@ApplicationScoped
public class AssessmentExclusions implements AssessmentsOfAssignments {

    private final AuditLog audit;
    private final Clock clock;

    public AssessmentExclusions(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean submittedOn(String assignmentId) {
        return Assessment.count("assignmentId = ?1 and status = ?2", assignmentId, Assessment.Status.SUBMITTED) > 0;
    }

    @Override
    public void excludeSubmitted(String assignmentId, String reason, String actor) {
        Assessment.ofAssignment(assignmentId).filter(s -> s.status == Assessment.Status.SUBMITTED).ifPresent(s -> {
            var before = s.snapshot();
            s.exclude(reason, actor, clock.instant());
            audit.record(actor, "ASSESSMENT_EXCLUDED", "assessment", s.id, before, s.snapshot());
        });
    }
}
