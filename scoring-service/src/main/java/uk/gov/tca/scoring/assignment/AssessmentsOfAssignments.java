package uk.gov.tca.scoring.assignment;

/**
 * What an assignment needs to know of the assessment made under it, and the one thing it does to it: the assessment
 * feature answers (an assignment is made before any assessment, so it does not depend on them).
 */
public interface AssessmentsOfAssignments {

    /** Whether the assessment under this assignment is submitted. */
    boolean submittedOn(String assignmentId);

    /** A submitted assessment under an assignment ended for a conflict stops counting, with the reason. */
    void excludeSubmitted(String assignmentId, String reason, String actor);
}
