package uk.gov.tca.gateway.web.manager;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.bid.Round;
import uk.gov.tca.gateway.web.services.scoring.Conflict;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;

/**
 * A programme manager grants an assessor a dispensation for one bid: the conflicts it lifts shown first, then the
 * reason and the last day it covers. Granted, the page goes back to the matrix (POST-redirect-GET), where the
 * conflict is still shown, marked as dispensed.
 */
@Path("/app/rounds/{roundId}/dispensations")
@RolesAllowed("programme-manager")
@Produces(MediaType.TEXT_HTML)
public class DispensationPages {

    static final int REASON_MIN = 10;

    /** The form as sent, kept on a refusal. */
    public record Form(String reason, String day, String month, String year) {

        static final Form EMPTY = new Form(null, null, null, null);
    }

    public record View(Round round, Bid bid, String assessor, List<Conflict> conflicts,
            List<uk.gov.tca.gateway.web.services.scoring.Assessor.Dispensation> inForce, List<FieldError> errors, Form form) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public String errorFor(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
        }
    }

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance dispensation(View view);
    }

    private final BidApi bids;
    private final ScoringApi scoring;

    public DispensationPages(@RestClient BidApi bids, @RestClient ScoringApi scoring) {
        this.bids = bids;
        this.scoring = scoring;
    }

    /**
     * Takes a dispensation back, with the reason; the scoring-service ends what it allowed. A refusal is shown on the
     * page, against the revocation's reason.
     */
    @POST
    @Path("/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("roundId") String roundId, MultivaluedMap<String, String> body) {
        String bidId = body.getFirst("bid");
        String assessor = body.getFirst("assessor");
        String reason = FormText.filled(body.getFirst("revokeReason"));
        List<FieldError> errors = new ArrayList<>();
        if (reason == null || reason.length() < REASON_MIN) {
            errors.add(new FieldError("revokeReason", "Say why the dispensation is revoked, in at least " + REASON_MIN
                    + " characters"));
        } else {
            try {
                scoring.revoke(assessor, body.getFirst("dispensation"), new ScoringApi.Revocation(reason));
                return Response.seeOther(UriBuilder.fromPath("/app/rounds/{id}/assignments").queryParam("done", "revoked")
                        .build(roundId)).build();
            } catch (WebApplicationException e) {
                ServiceProblem problem = ServiceProblem.refusal(e);
                errors.add(new FieldError("revokeReason", FormText.sentence(problem.violations().isEmpty()
                        ? (problem.detail() == null ? problem.title() : problem.detail())
                        : problem.violations().get(0).message())));
            }
        }
        return Response.status(400).entity(page(roundId, bidId, assessor, errors, Form.EMPTY)).build();
    }

    @GET
    public String form(@PathParam("roundId") String roundId, @QueryParam("bid") String bidId,
            @QueryParam("assessor") String assessor) {
        return page(roundId, bidId, assessor, List.of(), Form.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@PathParam("roundId") String roundId, MultivaluedMap<String, String> body) {
        String bidId = body.getFirst("bid");
        String assessor = body.getFirst("assessor");
        Form form = new Form(FormText.filled(body.getFirst("reason")), FormText.filled(body.getFirst("expires-day")),
                FormText.filled(body.getFirst("expires-month")), FormText.filled(body.getFirst("expires-year")));
        List<FieldError> errors = new ArrayList<>();
        if (form.reason() == null || form.reason().length() < REASON_MIN) {
            errors.add(new FieldError("reason", "Say why the conflict does not stop this assessor, in at least "
                    + REASON_MIN + " characters"));
        }
        LocalDate expires = day(form, errors);
        if (errors.isEmpty()) {
            try {
                scoring.grant(assessor, new ScoringApi.NewDispensation(bidId, form.reason(), expires));
                return Response.seeOther(UriBuilder.fromPath("/app/rounds/{id}/assignments").queryParam("done", "dispensation")
                        .build(roundId)).build();
            } catch (WebApplicationException e) {
                ServiceProblem problem = ServiceProblem.refusal(e);
                problem.violations().forEach(v -> errors.add(new FieldError("expires".equals(v.field()) ? "expires-day"
                        : "reason", FormText.sentence(v.message()))));
                if (errors.isEmpty()) {
                    errors.add(new FieldError("reason", FormText.sentence(problem.detail() == null ? problem.title() : problem.detail())));
                }
            }
        }
        return Response.status(400).entity(page(roundId, bidId, assessor, errors, form)).build();
    }

    private String page(String roundId, String bidId, String assessor, List<FieldError> errors, Form form) {
        Bid bid = bids.bid(bidId);
        if (!roundId.equals(bid.roundId()) || assessor == null || assessor.isBlank()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        List<Conflict> conflicts = scoring.conflictsOnBid(bidId).stream().filter(c -> assessor.equals(c.assessor())).toList();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        var inForce = scoring.assessor(assessor).dispensations().stream().filter(d -> d.inForceFor(bidId, today)).toList();
        return Templates.dispensation(new View(bids.round(roundId), bid, assessor, conflicts, inForce, errors, form)).render();
    }

    /** The last day it covers, from GOV.UK's three date fields: a real day, today or later. */
    private static LocalDate day(Form form, List<FieldError> errors) {
        if (form.day() == null || form.month() == null || form.year() == null) {
            errors.add(new FieldError("expires-day", "Enter the last day the dispensation covers, as a day, month and year"));
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(form.year()), Integer.parseInt(form.month()),
                    Integer.parseInt(form.day()));
            if (day.isBefore(LocalDate.now(ZoneId.of("Europe/London")))) {
                errors.add(new FieldError("expires-day", "The last day the dispensation covers must be today or in the future"));
            }
            return day;
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError("expires-day", "The last day the dispensation covers must be a real date"));
            return null;
        }
    }

}
