package uk.gov.tca.gateway.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Template;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.Views;
import uk.gov.tca.gateway.web.WebErrors.ServiceProblem;
import uk.gov.tca.gateway.web.services.BidApi;
import uk.gov.tca.gateway.web.services.ScoringApi;

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
    private static final Set<String> MODES = Set.of("WHOLE_AWARDS_ONLY", "PART_FUND_MARGINAL");

    private final BidApi bids;
    private final ScoringApi scoring;
    private final Template rounds;
    private final Template round;
    private final Template matrix;
    private final Template moderation;
    private final Template ranking;

    public RoundPages(@RestClient BidApi bids, @RestClient ScoringApi scoring, Template rounds, Template round,
            Template matrix, Template moderation, Template ranking) {
        this.bids = bids;
        this.scoring = scoring;
        this.rounds = rounds;
        this.round = round;
        this.matrix = matrix;
        this.moderation = moderation;
        this.ranking = ranking;
    }

    @GET
    public String list() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode r : Views.items(bids.rounds(100))) {
            Map<String, Object> row = Views.map(r);
            row.put("counts", counts(r.path("id").asText()));
            rows.add(row);
        }
        return rounds.data("rounds", rows).render();
    }

    @GET
    @Path("/{id}")
    public String dashboard(@PathParam("id") String id) {
        Map<String, Long> counts = counts(id);
        return round.data("round", Views.map(bids.round(id))).data("counts", counts)
                .data("chart", Views.json(Map.of("labels", STATUSES.stream().map(s -> s.toLowerCase().replace('_', ' ')).toList(),
                        "values", STATUSES.stream().map(counts::get).toList())))
                .render();
    }

    @GET
    @Path("/{id}/assignments")
    public String matrix(@PathParam("id") String id) {
        return renderMatrix(id, null, null);
    }

    @POST
    @Path("/{id}/assignments/auto")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response autoAssign(@PathParam("id") String id) {
        try {
            JsonNode result = scoring.autoAssign(JsonNodeFactory.instance.objectNode().put("roundId", id));
            return Response.ok(renderMatrix(id, null, Views.map(result))).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(renderMatrix(id, problem, null)).build();
        }
    }

    @GET
    @Path("/{id}/moderation")
    public String moderationQueue(@PathParam("id") String id) {
        return moderation.data("round", Views.map(bids.round(id)))
                .data("queue", Views.plain(scoring.moderations(id, true)))
                .data("all", Views.plain(scoring.moderations(id, null)))
                .render();
    }

    @GET
    @Path("/{id}/ranking")
    public String rankingPage(@PathParam("id") String id) {
        return renderRanking(id, null);
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        String mode = form.getFirst("mode");
        if (mode == null || !MODES.contains(mode)) {
            return Response.status(400).entity(renderRanking(id, new ServiceProblem(400, "There is a problem", null,
                    List.of("mode: choose whole awards only or part-fund the marginal bid")))).build();
        }
        return act(id, () -> scoring.decide(id, JsonNodeFactory.instance.objectNode().put("mode", mode)));
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
            return Response.status(problem.status()).entity(renderRanking(id, problem)).build();
        }
        return Response.seeOther(URI.create("/app/rounds/" + id + "/ranking")).build();
    }

    private String renderRanking(String id, ServiceProblem problem) {
        JsonNode rankingAnswer = scoring.ranking(id);
        JsonNode decisions = decisionsOf(id);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> sought = new ArrayList<>();
        List<BigDecimal> cumulative = new ArrayList<>();
        List<Boolean> within = new ArrayList<>();
        for (JsonNode line : rankingAnswer.path("lines")) {
            labels.add("#" + line.path("rank").asInt() + " " + abbreviate(line.path("title").asText(line.path("bidId").asText())));
            sought.add(line.path("amountSought").decimalValue());
            cumulative.add(line.path("cumulativeAmountSought").decimalValue());
            within.add(line.path("withinBudget").asBoolean());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("sought", sought);
        chart.put("cumulative", cumulative);
        chart.put("withinBudget", within);
        chart.put("budget", rankingAnswer.path("budget").decimalValue());
        return ranking.data("round", Views.map(bids.round(id)))
                .data("ranking", Views.map(rankingAnswer))
                .data("decisions", decisions == null ? null : Views.map(decisions))
                .data("chart", Views.json(chart))
                .data("problem", problem)
                .render();
    }

    private JsonNode decisionsOf(String id) {
        try {
            return scoring.decisions(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null; // not decided yet
            }
            throw e;
        }
    }

    private String renderMatrix(String id, ServiceProblem problem, Map<String, Object> autoResult) {
        // bids waiting for assessors and bids being assessed (at most 200 of each: a page of the matrix)
        List<JsonNode> inAssessment = new ArrayList<>(Views.items(bids.bids(id, "SUBMITTED", 200)));
        inAssessment.addAll(Views.items(bids.bids(id, "IN_ASSESSMENT", 200)));
        List<JsonNode> assessors = Views.items(scoring.assessors(200));
        List<JsonNode> assignments = Views.items(scoring.assignments(id, null, 200));
        List<String> names = assessors.stream().map(a -> a.path("username").asText()).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode bid : inAssessment) {
            String bidId = bid.path("id").asText();
            Map<String, List<String>> conflicts = new LinkedHashMap<>();
            for (JsonNode c : Views.items(scoring.conflictsOnBid(bidId))) {
                conflicts.computeIfAbsent(c.path("assessor").asText(), k -> new ArrayList<>())
                        .add(c.path("explanation").asText() + (c.path("dispensed").asBoolean() ? " (dispensation in force)" : ""));
            }
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String assessor : names) {
                String status = assignments.stream()
                        .filter(a -> bidId.equals(a.path("bidId").asText()) && assessor.equals(a.path("assessor").asText()))
                        .map(a -> a.path("status").asText()).reduce((first, later) -> later).orElse(null);
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("assessor", assessor);
                cell.put("status", status);
                cell.put("conflicts", conflicts.getOrDefault(assessor, List.of()));
                cells.add(cell);
            }
            rows.add(Map.of("id", bidId, "title", bid.path("title").asText(bidId), "cells", cells));
        }
        return matrix.data("round", Views.map(bids.round(id))).data("assessors", names).data("rows", rows)
                .data("problem", problem).data("auto", autoResult).render();
    }

    private Map<String, Long> counts(String roundId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : STATUSES) {
            counts.put(status, bids.bids(roundId, status, 1).path("total").asLong());
        }
        return counts;
    }

    private static String abbreviate(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }
}
