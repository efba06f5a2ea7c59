package uk.gov.tca.gateway.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A service's refusal as a page shows it, in the service's own words: the status, title and detail of its
 * problem+json, each offending field with what is wrong with it in words ({@code Override reason: …}), and the
 * fields as the service named them ({@code violations}), for a page that places each beside its own field.
 */
public record ServiceProblem(int status, String title, String detail, List<String> messages, List<FieldError> violations) {

    /** A problem the page makes itself, or one without fields. */
    public ServiceProblem(int status, String title, String detail, List<String> messages) {
        this(status, title, detail, messages, List.of());
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN = "Something went wrong";

    public static ServiceProblem of(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        ProblemDocument problem = read(response);
        return new ServiceProblem(status, title(status, problem.title()), FormText.sentence(problem.detail()),
                problem.violations().stream().map(v -> label(v.field()) + ": " + nonNull(v.message())).toList(),
                problem.violations().stream().map(v -> new FieldError(nonNull(v.field()), nonNull(v.message()))).toList());
    }

    /**
     * The problem's own title, except a bare HTTP reason ("Conflict" for a 409, "Bad Request"), which tells a person
     * nothing: GOV.UK's "There is a problem" stands above the detail instead.
     */
    private static String title(int status, String title) {
        if (title == null) {
            return UNKNOWN;
        }
        Response.Status reason = Response.Status.fromStatusCode(status);
        return status < 500 && reason != null && reason.getReasonPhrase().equalsIgnoreCase(title.strip())
                ? "There is a problem" : title;
    }

    /** A field as words: "scores[0].overrideReason" → "Override reason", the last name in the path. */
    static String label(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String last = field.replaceAll("\\[\\d+]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        if (last.isEmpty()) {
            return field;
        }
        String words = last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }


    /** A violation as a form shows it beside its field: "Weight: must be more than 0 and at most 1". */
    public static String labelled(String field, String message) {
        String label = label(field);
        return label.isEmpty() ? FormText.sentence(nonNull(message)) : label + ": " + nonNull(message);
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
