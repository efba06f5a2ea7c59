package uk.gov.tca.bid.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks the partner-service whether an organisation is on the register. Bounded in time, retried (a read
 * is safe to retry), and behind a circuit breaker; when the partner-service cannot answer the answer is
 * UNAVAILABLE, so the bid is saved with the participant unverified rather than lost.
 */
@ApplicationScoped
public class PartnerRegister {

    /** What the register said. */
    public enum Verification { ON_REGISTER, NOT_ON_REGISTER, UNAVAILABLE }

    /**
     * What the register said of one organisation: whether it is on it, and for one that has ceased to exist, when it
     * ended and the organisations that succeeded it.
     */
    public record Standing(Verification verification, java.time.LocalDate endDate, java.util.List<String> successors,
            String mergedInto, boolean unconfirmed) {

        public Standing {
            successors = successors == null ? java.util.List.of() : java.util.List.copyOf(successors);
        }

        static Standing of(Verification verification) {
            return new Standing(verification, null, null, null, false);
        }
    }

    private static final Logger LOG = Logger.getLogger(PartnerRegister.class);

    private final PartnerClient client;

    public PartnerRegister(@RestClient PartnerClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = UnexpectedAnswer.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = UnexpectedAnswer.class)
    @Fallback(fallbackMethod = "unavailable")
    public Standing verify(String organisationId) {
        try (Response response = answer(organisationId)) {
            return switch (response.getStatus()) {
                case 200 -> standing(response);
                case 404 -> Standing.of(Verification.NOT_ON_REGISTER);
                default -> {
                    if (response.getStatus() >= 500) {
                        throw new IllegalStateException("partner-service answered " + response.getStatus());
                    }
                    throw new UnexpectedAnswer(response.getStatus());
                }
            };
        }
    }

    /** What the register makes of a name as written: one organisation, or why not. */
    public record NameResolution(String organisationId, String reason) {
    }

    /** Scores at or above this (a recorded name, an alias, or the same name in another style) are taken as meant. */
    static final double CERTAIN = 0.95;

    /**
     * The organisation a bid means by a name it writes, when the register is sure: the best candidate scores
     * as a recorded name or style variant and no other scores as well. Otherwise the reason, with the
     * candidates, so the bid can give the id itself.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "cannotResolve")
    public NameResolution resolve(String written) {
        PartnerClient.Resolution resolution = client.resolve(new PartnerClient.ResolveRequest(java.util.List.of(written), 3));
        java.util.List<PartnerClient.Candidate> candidates = resolution.results().isEmpty() ? java.util.List.of()
                : resolution.results().get(0).candidates();
        if (candidates.isEmpty()) {
            return new NameResolution(null, "no organisation on the register goes by \"" + written + "\"");
        }
        PartnerClient.Candidate best = candidates.get(0);
        boolean sure = best.score() >= CERTAIN && (candidates.size() == 1 || candidates.get(1).score() < best.score());
        if (sure) {
            return new NameResolution(best.organisation().id(), null);
        }
        return new NameResolution(null, "\"" + written + "\" may be " + String.join(" or ", candidates.stream()
                .map(c -> c.organisation().id() + " (" + c.organisation().legalName() + ", " + c.score() + ")").toList())
                + ": give organisationId");
    }

    NameResolution cannotResolve(String written, Throwable cause) {
        LOG.warnf("partner-service cannot resolve names now (%s)", cause.toString());
        return new NameResolution(null, "the register cannot be asked now: give organisationId, or try again");
    }

    /** The partner-service's answer, whether the client hands it back or throws it. */
    private Response answer(String organisationId) {
        try {
            return client.organisation(organisationId);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            return e.getResponse();
        }
    }

    /** An organisation on the register, with its end date and successors when the register records them. */
    private static Standing standing(Response response) {
        PartnerClient.Organisation organisation = response.hasEntity() ? response.readEntity(PartnerClient.Organisation.class) : null;
        if (organisation == null) {
            return Standing.of(Verification.ON_REGISTER);
        }
        return new Standing(Verification.ON_REGISTER, organisation.endDate(), organisation.successors(),
                organisation.mergedInto(), Boolean.FALSE.equals(organisation.verified()));
    }

    Standing unavailable(String organisationId, Throwable cause) {
        if (cause instanceof UnexpectedAnswer) {
            LOG.errorf("partner-service refused to check %s (%s): saved unverified", organisationId, cause.getMessage());
        } else {
            LOG.warnf("partner-service unavailable (%s): %s saved unverified", cause, organisationId);
        }
        return Standing.of(Verification.UNAVAILABLE);
    }

    /** A 4xx other than 404 (our token refused): a defect to see, not an outage to ride out. */
    public static class UnexpectedAnswer extends RuntimeException {
        UnexpectedAnswer(int status) {
            super("partner-service answered " + status);
        }
    }
}
