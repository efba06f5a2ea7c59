package uk.gov.tca.gateway.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A service's refusal as a page shows it, in the service's own words: the status, title and detail of its
 * problem+json, and each offending field with what is wrong with it ({@code field: message}).
 */
public record ServiceProblem(int status, String title, String detail, List<String> messages) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "Something went wrong";

    public static ServiceProblem of(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        ProblemDocument problem = read(response);
        return new ServiceProblem(status, problem.title() == null ? UNKNOWN : problem.title(), problem.detail(),
                problem.violations().stream().map(v -> nonNull(v.field()) + ": " + nonNull(v.message())).toList());
    }

    /** A refusal a page shows beside its form; a service that failed (5xx) goes on to the error page instead. */
    public static ServiceProblem refusal(WebApplicationException e) {
        ServiceProblem problem = of(e);
        if (problem.status() >= 500) {
            throw e;
        }
        return problem;
    }

    /** A refusal the page itself makes, before asking any service. */
    public static ServiceProblem invalid(String title, String message) {
        return new ServiceProblem(400, title, null, List.of(message));
    }

    private static ProblemDocument read(Response response) {
        try {
            if (response != null && response.hasEntity()) {
                ProblemDocument problem = JSON.readValue(response.readEntity(String.class), ProblemDocument.class);
                if (problem != null) {
                    return problem;
                }
            }
        } catch (Exception notAProblem) {
            // not a problem document: the status says enough
        }
        return new ProblemDocument(null, null, null);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /** The services' RFC 9457 problem detail, as far as a page shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProblemDocument(String title, String detail, List<Violation> violations) {

        ProblemDocument {
            violations = violations == null ? List.of() : violations;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Violation(String field, String message) {
    }
}
