package uk.gov.tca.gateway.web.manager;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.FieldError;
import uk.gov.tca.gateway.web.FormText;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.scoring.Assessment;
import uk.gov.tca.gateway.web.services.scoring.BidModeration;
import uk.gov.tca.gateway.web.services.scoring.Scheme;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;

/**
 * A programme manager moderates one bid: its assessors side by side, criterion by criterion, and a moderated score
 * recorded with the panel's reason. Moderations are append-only (the scoring-service keeps every one); the form
 * posts, and a recorded moderation redirects back (POST-redirect-GET), so a refresh never records it twice.
 */
@Path("/app/rounds/{roundId}/moderation/{bidId}")
@RolesAllowed("programme-manager")
@Produces(MediaType.TEXT_HTML)
public class BidModerationPages {

    static final int REASON_MIN = 10;
    static final int REASON_MAX = 2000;

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance bidModeration(BidModerationView view);
    }

    private final BidApi bids;
    private final ScoringApi scoring;

    public BidModerationPages(@RestClient BidApi bids, @RestClient ScoringApi scoring) {
        this.bids = bids;
        this.scoring = scoring;
    }

    @GET
    public String show(@PathParam("roundId") String roundId, @PathParam("bidId") String bidId,
            @QueryParam("recorded") String recorded) {
        return page(roundId, bidId, List.of(), null, recorded);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@PathParam("roundId") String roundId, @PathParam("bidId") String bidId,
            MultivaluedMap<String, String> body) {
        BidModerationView.Form form = new BidModerationView.Form(FormText.filled(body.getFirst("criterion")),
                FormText.filled(body.getFirst("score")), FormText.filled(body.getFirst("reason")));
        List<FieldError> errors = check(form);
        if (errors.isEmpty()) {
            try {
                scoring.moderate(bidId, new ScoringApi.Moderate(form.criterion(), Integer.valueOf(form.score()),
                        form.reason()));
                return Response.seeOther(UriBuilder.fromPath("/app/rounds/{r}/moderation/{b}")
                        .queryParam("recorded", form.criterion()).build(roundId, bidId)).build();
            } catch (WebApplicationException e) {
                errors = inPlainEnglish(ServiceProblem.refusal(e));
            }
        }
        return Response.status(400).entity(page(roundId, bidId, errors, form, null)).build();
    }

    private String page(String roundId, String bidId, List<FieldError> errors, BidModerationView.Form form,
            String recorded) {
        BidModeration moderation = scoring.moderation(bidId);
        if (!roundId.equals(moderation.roundId())) {
            throw new NotFoundException(); // the bid is in another round: this address is not a page
        }
        Scheme scheme = scoring.schemes(roundId).stream().findFirst().orElseThrow(NotFoundException::new);
        List<Assessment> submitted = scoring.assessments(bidId, 200).items().stream().filter(Assessment::submitted).toList();
        BidModerationView view = BidModerationView.of(bids.round(roundId), moderation, scheme, submitted, errors, form,
                recorded == null || scheme.codes().contains(recorded) ? recorded : null);
        return Templates.bidModeration(view).render();
    }

    /** What the page can tell before asking the scoring-service, in the words of the form's labels. */
    private static List<FieldError> check(BidModerationView.Form form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.criterion() == null) {
            errors.add(new FieldError("criterion", "Select the criterion you are moderating"));
        }
        if (form.score() == null || !form.score().matches("-?\\d{1,3}")) {
            errors.add(new FieldError("score", "Select the moderated score"));
        }
        if (form.reason() == null || form.reason().length() < REASON_MIN) {
            errors.add(new FieldError("reason", "Say why the panel moderated the score, in at least " + REASON_MIN
                    + " characters"));
        } else if (form.reason().length() > REASON_MAX) {
            errors.add(new FieldError("reason", "The reason must be " + REASON_MAX + " characters or fewer"));
        }
        return errors;
    }

    /** The scoring-service's refusal, each field it names linked to the form's own field. */
    private static List<FieldError> inPlainEnglish(ServiceProblem problem) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError violation : problem.violations()) {
            String id = List.of("criterion", "score", "reason").contains(violation.field()) ? violation.field() : "criterion";
            errors.add(new FieldError(id, FormText.sentence(violation.message())));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("criterion", FormText.sentence(problem.detail() == null ? problem.title() : problem.detail())));
        }
        return errors;
    }

}
