package uk.gov.tca.gateway.web.assessor;

import uk.gov.tca.gateway.web.ServiceProblem;

/**
 * The scoring form's save status, which an htmx save replaces alone ({@code assessment$saved}): the version the
 * form goes on from, whether a save just went through, and the refusal of one, said there rather than in a summary.
 */
public record SaveStatus(String version, boolean saved, ServiceProblem refusal) {

    static SaveStatus of(String version, boolean saved) {
        return new SaveStatus(version, saved, null);
    }

    static SaveStatus refused(String version, ServiceProblem refusal) {
        return new SaveStatus(version, false, refusal);
    }
}
