package uk.gov.tca.scoring.scheme;

/** Whether a round's scheme has been used to score: the assessment feature answers. */
public interface SchemeUse {

    /** Whether any assessment against the round's scheme is submitted. */
    boolean assessmentsSubmittedIn(String roundId);
}
