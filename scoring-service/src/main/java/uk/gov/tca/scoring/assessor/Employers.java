package uk.gov.tca.scoring.assessor;

import java.time.Clock;
import uk.gov.tca.platform.problem.ProblemException;
import uk.gov.tca.platform.security.Caller;

/**
 * An assessor's employer is the organisation its token names (claim {@code org}): the identity provider's word,
 * never the assessor's. Without one, its conflicts cannot be known, so it may not assess.
 */
public final class Employers {

    private Employers() {
    }

    public static String of(Caller caller) {
        if (caller.organisation() == null || caller.organisation().isBlank()) {
            throw ProblemException.forbidden("your token names no organisation (claim org), so your conflicts of interest "
                    + "cannot be known: ask for it to be set on your account");
        }
        return caller.organisation();
    }

    /** Brings the stored employer into line with the caller's token; true when it changed. */
    public static boolean refresh(Assessor assessor, Caller caller, Clock clock) {
        String employer = of(caller);
        if (employer.equals(assessor.employerOrganisationId)) {
            return false;
        }
        assessor.employerOrganisationId = employer;
        assessor.changedBy(caller.name(), clock.instant());
        return true;
    }
}
