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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.ServiceProblem;
import uk.gov.tca.gateway.web.services.bid.Bid;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.scoring.Assessor;
import uk.gov.tca.gateway.web.services.scoring.Assignment;
import uk.gov.tca.gateway.web.services.scoring.AutoAssignment;
import uk.gov.tca.gateway.web.services.scoring.Decisions;
import uk.gov.tca.gateway.web.services.scoring.Ranking;
import uk.gov.tca.gateway.web.services.scoring.Scheme;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi;
import uk.gov.tca.gateway.web.services.scoring.Schemes;
import uk.gov.tca.gateway.web.services.scoring.ScoringApi.AutoAssign;

/**
 * A programme manager's view of rounds: bids by status, the assignment matrix with conflicts and their
 * reasons, the moderation queue with spreads, the ranking against the budget with the funding line, deciding
 * and publishing, and the 360Giving download.
 */
@Path("/app/rounds")
@RolesAllowed("programme-manager")
@Produces(MediaType.TEXT_HTML)
public class RoundPages {

    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "IN_ASSESSMENT", "DECIDED", "WITHDRAWN");

    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance rounds(List<RoundRow> rounds);

        static native TemplateInstance round(RoundView view);

        static native TemplateInstance matrix(MatrixView view);

        static native TemplateInstance moderation(ModerationView view);

        static native TemplateInstance ranking(RankingView view);

        static native TemplateInstance publication(PublicationView view);

        static native TemplateInstance discard(uk.gov.tca.gateway.web.services.bid.Round round, Decisions decisions,
                ServiceProblem problem);
    }

    private final BidApi bids;
    private final ScoringApi scoring;

    public RoundPages(@RestClient BidApi bids, @RestClient ScoringApi scoring) {
        this.bids = bids;
        this.scoring = scoring;
    }

    @GET
    public String list() {
        return Templates.rounds(bids.rounds(100).items().stream().map(r -> RoundRow.of(r, counts(r.id()))).toList()).render();
    }

    @GET
    @Path("/{id}")
    public String dashboard(@PathParam("id") String id) {
        Map<String, Long> counts = counts(id);
        return Templates.round(RoundView.of(bids.round(id), counts, progress(id))).render();
    }

    /** The matrix; {@code made}: set by the redirect after assigning automatically, how many it made. */
    @GET
    @Path("/{id}/assignments")
    public String matrix(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("made") String made,
            @jakarta.ws.rs.QueryParam("done") String done) {
        Integer count = made != null && made.matches("\\d{1,6}") ? Integer.valueOf(made) : null;
        return matrix(id, null, count, done != null && DONE.contains(done) ? done : null);
    }

    /** What the redirect after a hand-made change says was done (a fixed word, never text from the address). */
    private static final Set<String> DONE = Set.of("offered", "dispensation", "revoked");

    /** A bid offered by hand to the assessor chosen; a conflicted choice is refused with the conflicts explained. */
    @POST
    @Path("/{id}/assignments/offer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response offer(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        String bidId = form.getFirst("bidId");
        String assessor = form.getFirst("assessor");
        try {
            scoring.assign(new ScoringApi.NewAssignment(bidId, assessor));
            return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/app/rounds/{id}/assignments")
                    .queryParam("done", "offered").build(id)).build();
        } catch (WebApplicationException e) {
            ServiceProblem refused = ServiceProblem.refusal(e);
            ServiceProblem problem = new ServiceProblem(refused.status(), "The bid could not be offered to " + assessor,
                    refused.status() == 409 && !refused.messages().isEmpty() ? "A conflict of interest stops it:"
                            : refused.detail(), refused.violations().stream().map(v -> v.message()).toList());
            return Response.status(problem.status()).entity(matrix(id, problem, null, null)).build();
        }
    }


    /** Assigns, then redirects to the matrix (POST-redirect-GET): refreshing the page never assigns again. */
    @POST
    @Path("/{id}/assignments/auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autoAssign(@PathParam("id") String id) {
        try {
            AutoAssignment made = scoring.autoAssign(new AutoAssign(id));
            return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/app/rounds/{id}/assignments")
                    .queryParam("made", made.created().size()).build(id)).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(matrix(id, problem, null, null)).build();
        }
    }

    @GET
    @Path("/{id}/moderation")
    public Response moderationQueue(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("queue") String queuePage,
            @jakarta.ws.rs.QueryParam("page") String page) {
        var scheme = Schemes.ofRound(scoring, id);
        if (scheme.isEmpty()) {
            return schemeNeeded(id);
        }
        return Response.ok(Templates.moderation(ModerationView.of(bids.round(id), scoring.moderations(id, true),
                scoring.moderations(id, null), scheme.get(), pageNumber(queuePage), pageNumber(page))).render()).build();
    }

    /** A page number as the address gave it, or null: never other text carried into the page's links. */
    static String pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? page : null;
    }

    /**
     * How far the round's assessment has got, each a count the scoring-service totals: offers waiting, accepted,
     * declined; scores in draft and submitted. None of it before the round has a scheme (nothing is assigned yet).
     */
    private Map<String, Long> progress(String id) {
        Map<String, Long> progress = new LinkedHashMap<>();
        if (Schemes.ofRound(scoring, id).isEmpty()) {
            return progress;
        }
        progress.put("Offered, not yet accepted", scoring.assignmentsInStatus(id, "OFFERED", 1).total());
        progress.put("Accepted", scoring.assignmentsInStatus(id, "ACCEPTED", 1).total());
        progress.put("Declined", scoring.assignmentsInStatus(id, "DECLINED", 1).total());
        progress.put("Scores in draft", scoring.assessmentsInStatus(id, "DRAFT", 1).total());
        progress.put("Scores submitted", scoring.assessmentsInStatus(id, "SUBMITTED", 1).total());
        return progress;
    }

    /** Moderating and ranking weigh scores by the round's scheme: a round without one is set up first. */
    private static Response schemeNeeded(String id) {
        return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/app/rounds/{id}/scheme")
                .queryParam("needed", true).build(id)).build();
    }

    /** The ranking; {@code done}: set by the redirect after allocating, discarding or publishing. */
    @GET
    @Path("/{id}/ranking")
    public Response rankingPage(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("done") String done,
            @jakarta.ws.rs.QueryParam("page") String page, @jakarta.ws.rs.QueryParam("lines") String lines,
            @jakarta.ws.rs.QueryParam("sort") String sort) {
        var scheme = Schemes.ofRound(scoring, id);
        if (scheme.isEmpty()) {
            return schemeNeeded(id);
        }
        return Response.ok(ranking(id, scoring.ranking(id), scheme, null, List.of(), null,
                done != null && DECIDED.contains(done) ? done : null, new RankingView.Pages(pageNumber(page),
                        pageNumber(lines), sort != null && RankingView.SORTS.containsKey(sort) ? sort : null))).build();
    }

    /** What the redirect after a decision step says was done (a fixed word, never text from the address). */
    private static final Set<String> DECIDED = Set.of("allocated", "discarded");

    /**
     * Allocates as the form says, then redirects (POST-redirect-GET). While bids are unscored or not moderated the
     * reason to go on is asked for here, and refused by the scoring-service too if it is missing.
     */
    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        DecisionForm form = DecisionForm.of(body);
        Ranking ranking = scoring.ranking(id);
        List<uk.gov.tca.gateway.web.FieldError> errors = form.check(ranking.notReady());
        if (errors.isEmpty()) {
            try {
                scoring.decide(id, form.allocation());
                return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/app/rounds/{id}/ranking")
                        .queryParam("done", "allocated").fragment("decisions").build(id)).build();
            } catch (WebApplicationException e) {
                errors = DecisionForm.refused(ServiceProblem.refusal(e));
            }
        }
        // the ranking as read for the check: a 10 000-bid round is not ranked twice for one refusal
        return Response.status(400).entity(ranking(id, ranking, null, form, errors, null, null, RankingView.Pages.FIRST))
                .build();
    }

    /** The draft, and what discarding it loses, before the button that does. */
    @GET
    @Path("/{id}/decisions/discard")
    public Response checkDiscard(@PathParam("id") String id) {
        Decisions decisions = decisionsOf(id);
        if (decisions == null || "PUBLISHED".equals(decisions.status())) {
            return Response.seeOther(URI.create("/app/rounds/" + id + "/ranking")).build();
        }
        return Response.ok(Templates.discard(bids.round(id), decisions, null).render()).build();
    }

    /** Discards the draft as it was read on the check page (its version): a draft changed since is not discarded. */
    @POST
    @Path("/{id}/decisions/discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@PathParam("id") String id, @jakarta.ws.rs.FormParam("version") String version) {
        try {
            scoring.discardDecisions(id, "\"" + (version != null && version.matches("\\d{1,18}") ? version : "-") + "\"");
        } catch (WebApplicationException e) {
            ServiceProblem refused = ServiceProblem.refusal(e);
            Decisions decisions = decisionsOf(id);
            if (decisions == null) {
                return Response.seeOther(URI.create("/app/rounds/" + id + "/ranking")).build();
            }
            ServiceProblem problem = refused.status() == 412
                    ? new ServiceProblem(412, "There is a problem", "The decisions changed since you opened this page. "
                            + "Check them below and discard them again if you still want to.", List.of())
                    : refused;
            return Response.status(problem.status()).entity(Templates.discard(bids.round(id), decisions, problem).render())
                    .build();
        }
        return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/app/rounds/{id}/ranking")
                .queryParam("done", "discarded").fragment("decisions").build(id)).build();
    }

    /** What publishing would make public, to check before the one step that cannot be undone. */
    public record PublicationView(uk.gov.tca.gateway.web.services.bid.Round round, Decisions decisions,
            List<Decisions.DecisionLine> awards, long notFunded, long reserve) {

        static PublicationView of(uk.gov.tca.gateway.web.services.bid.Round round, Decisions decisions) {
            List<Decisions.DecisionLine> awards = decisions.lines().stream()
                    .filter(l -> "FUNDED".equals(l.outcome()) || "PART_FUNDED".equals(l.outcome())).toList();
            return new PublicationView(round, decisions, awards,
                    decisions.lines().stream().filter(l -> "UNFUNDED".equals(l.outcome())).count(),
                    decisions.lines().stream().filter(l -> "RESERVE".equals(l.outcome())).count());
        }
    }

    /** Check your answers before publishing; with nothing to publish (no draft, or published already), the ranking. */
    @GET
    @Path("/{id}/publication")
    public Response checkPublication(@PathParam("id") String id) {
        Decisions decisions = decisionsOf(id);
        if (decisions == null || "PUBLISHED".equals(decisions.status())) {
            return Response.seeOther(URI.create("/app/rounds/" + id + "/ranking")).build();
        }
        return Response.ok(Templates.publication(PublicationView.of(bids.round(id), decisions)).render()).build();
    }

    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        return act(id, () -> scoring.publish(id));
    }

    /** The round's published awards as 360Giving data, downloaded with the manager's own rights. */
    @GET
    @Path("/{id}/360giving.{format:json|csv}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response threeSixtyGiving(@PathParam("id") String id, @PathParam("format") String format) {
        Response upstream = scoring.threeSixtyGiving(id, format);
        String body = upstream.readEntity(String.class);
        return Response.ok(body, "csv".equals(format) ? "text/csv; charset=utf-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "-360giving." + format + "\"")
                .build();
    }

    private Response act(String id, Runnable action) {
        try {
            action.run();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(ranking(id, scoring.ranking(id), null, null, List.of(), problem,
                    null, RankingView.Pages.FIRST)).build();
        }
        return Response.seeOther(URI.create("/app/rounds/" + id + "/ranking")).build();
    }

    /**
     * The ranking page from what the caller has read already: the ranking, and the scheme (null: not read, asked here
     * only if the decisions do not say the minimum quality score they applied).
     */
    private String ranking(String id, Ranking ranking, java.util.Optional<Scheme> scheme, DecisionForm form,
            List<uk.gov.tca.gateway.web.FieldError> errors, ServiceProblem problem, String done, RankingView.Pages pages) {
        Decisions decisions = decisionsOf(id);
        java.math.BigDecimal minimumQuality = decisions != null && decisions.policy() != null
                ? decisions.policy().minimumQualityScore()
                : (scheme != null ? scheme : Schemes.ofRound(scoring, id)).map(Scheme::minimumQualityScore).orElse(null);
        return Templates.ranking(RankingView.of(bids.round(id), ranking, decisions, minimumQuality, form, errors, problem,
                done, pages)).render();
    }

    private Decisions decisionsOf(String id) {
        try {
            return scoring.decisions(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null; // not decided yet
            }
            throw e;
        }
    }

    String matrix(String id, ServiceProblem problem, Integer made, String done) {
        // bids waiting for assessors and bids being assessed (at most 200 of each: a page of the matrix)
        List<Bid> inAssessment = new ArrayList<>(bids.bids(id, "SUBMITTED", 200).items());
        inAssessment.addAll(bids.bids(id, "IN_ASSESSMENT", 200).items());
        List<String> assessors = scoring.assessors(200).items().stream().map(Assessor::username).toList();
        List<Assignment> assignments = scoring.assignments(id, null, 200).items();
        int perBid = Schemes.ofRound(scoring, id).map(Scheme::assessorsPerBid).orElse(0);
        Map<String, String> progress = new java.util.HashMap<>();
        scoring.assessmentsOfRound(id, 200).items().forEach(a -> progress.put(a.bidId() + "|" + a.assessor(),
                a.submitted() ? "SUBMITTED" : "DRAFT"));
        List<MatrixView.Row> rows = inAssessment.stream()
                .map(bid -> MatrixView.row(bid, assessors, assignments, scoring.conflictsOnBid(bid.id()), perBid, progress))
                .toList();
        return Templates.matrix(new MatrixView(bids.round(id), assessors, rows, problem, made, done)).render();
    }

    private Map<String, Long> counts(String roundId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : STATUSES) {
            counts.put(status, bids.bids(roundId, status, 1).total());
        }
        return counts;
    }
}
