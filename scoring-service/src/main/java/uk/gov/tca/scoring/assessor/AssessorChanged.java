package uk.gov.tca.scoring.assessor;

/** Something changed about an assessor that bears on conflicts: an interest, a secondment, its employer. */
public record AssessorChanged(String actor, Assessor assessor) {
}
