package uk.gov.tca.gateway.web.assessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import uk.gov.tca.gateway.web.Views;
import uk.gov.tca.gateway.web.WebErrors.ServiceProblem;
import uk.gov.tca.gateway.web.services.BidApi;
import uk.gov.tca.gateway.web.services.ScoringApi;

/**
 * The scoring form: each criterion of the round's scheme with its anchors, a justification and a confidence,
 * and the value-for-money score the appraisal suggests; save a draft, then submit. The scoring-service holds
 * every rule (justification length, suggestion overrides, conflicts at submission); this page shows its answers
 * beside the fields they concern. Other assessors' scores appear only once one's own are submitted.
 */
@Path("/app/bids/{id}/assessment")
@RolesAllowed("assessor")
@Produces(MediaType.TEXT_HTML)
public class AssessmentPage {

    private static final Pattern FIELD = Pattern.compile("scores\\[(\\d+)]\\.?(\\w*): (.*)");

    private final ScoringApi scoring;
    private final BidApi bids;
    private final SecurityIdentity identity;
    private final Template assessment;

    public AssessmentPage(@RestClient ScoringApi scoring, @RestClient BidApi bids, SecurityIdentity identity,
            Template assessment) {
        this.scoring = scoring;
        this.bids = bids;
        this.identity = identity;
        this.assessment = assessment;
    }

    @GET
    public String show(@PathParam("id") String bidId, @QueryParam("saved") boolean saved) {
        return render(bidId, null, null, null).data("saved", saved).render();
    }

    /** Starting asks the scoring-service for a draft, which comes with the appraisal's suggestions filled in. */
    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String bidId) {
        JsonNode assignment = myAssignment(bidId);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("assignmentId", assignment.path("id").asText());
        body.putArray("scores");
        try {
            scoring.startAssessment(body);
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            return Response.status(problem.status()).entity(render(bidId, problem, null, null).render()).build();
        }
        return Response.seeOther(URI.create("/app/bids/" + bidId + "/assessment")).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String bidId, @HeaderParam("HX-Request") String htmx,
            MultivaluedMap<String, String> form) {
        JsonNode mine = myAssessment(bidId);
        if (mine == null) {
            return Response.seeOther(URI.create("/app/bids/" + bidId + "/assessment")).build();
        }
        JsonNode scheme = scheme(mine.path("roundId").asText());
        List<String> order = new ArrayList<>();
        scheme.path("criteria").forEach(c -> order.add(c.path("code").asText()));
        boolean submit = "submit".equals(form.getFirst("action"));
        String version = form.getFirst("version") == null ? mine.path("version").asText() : form.getFirst("version");
        JsonNode saved;
        try {
            saved = scoring.saveAssessment(mine.path("id").asText(), "\"" + version + "\"", scores(order, form));
            if (submit) {
                String key = form.getFirst("submissionKey");
                scoring.submitAssessment(mine.path("id").asText(), key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
            }
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.refusal(e);
            if (problem.status() == 404) {
                throw e;
            }
            // the save may have gone through before the submission was refused: the form goes on from the draft's version
            String current = myAssessment(bidId).path("version").asText();
            if (htmx != null && !submit) {
                return Response.ok(assessment.getFragment("saved").data("problem", problem).data("version", current)
                        .data("saved", false)
                .data("inline", false).data("inline", true).render()).build();
            }
            return Response.status(problem.status()).entity(render(bidId, problem, form, errorsByCriterion(order, problem))
                    .data("version", current).render()).build();
        }
        if (htmx != null && !submit) {
            return Response.ok(assessment.getFragment("saved").data("problem", null)
                    .data("version", saved.path("version").asText()).data("saved", true).data("inline", true).render()).build();
        }
        return Response.seeOther(URI.create("/app/bids/" + bidId + "/assessment" + (submit ? "?submitted=true" : "?saved=true"))).build();
    }

    private TemplateInstance render(String bidId, ServiceProblem problem, MultivaluedMap<String, String> entered,
            Map<String, List<String>> errors) {
        JsonNode bid = bids.bid(bidId);
        JsonNode assignment = myAssignment(bidId);
        JsonNode scheme = scheme(bid.path("roundId").asText());
        List<JsonNode> all = Views.items(scoring.assessments(bidId, 50));
        String me = identity.getPrincipal().getName();
        JsonNode mine = all.stream().filter(a -> me.equals(a.path("assessor").asText())).findFirst().orElse(null);
        List<Object> others = all.stream().filter(a -> !me.equals(a.path("assessor").asText()))
                .filter(a -> "SUBMITTED".equals(a.path("status").asText())).map(Views::plain).toList();
        MultivaluedMap<String, String> values = entered != null ? entered : new MultivaluedHashMap<>();
        return assessment.data("bid", Views.map(bid))
                .data("assignment", Views.map(assignment))
                .data("scheme", Views.map(scheme))
                .data("mine", mine == null ? null : Views.map(mine))
                .data("mineList", mine == null ? List.of() : List.of(Views.map(mine)))
                .data("saved", false)
                .data("inline", false)
                .data("criteria", criteria(scheme, mine, values, errors == null ? Map.of() : errors))
                .data("criteriaErrors", errors != null && !errors.isEmpty())
                .data("others", others)
                .data("problem", problem)
                .data("version", entered != null && entered.getFirst("version") != null ? entered.getFirst("version")
                        : mine == null ? "" : mine.path("version").asText())
                .data("submissionKey", UUID.randomUUID().toString());
    }

    /** Each criterion with its anchors and what is entered: the form's last values, else the draft's. */
    private static List<Map<String, Object>> criteria(JsonNode scheme, JsonNode mine, MultivaluedMap<String, String> entered,
            Map<String, List<String>> errors) {
        Map<String, JsonNode> saved = new HashMap<>();
        if (mine != null) {
            mine.path("scores").forEach(s -> saved.put(s.path("criterion").asText(), s));
        }
        List<Map<String, Object>> criteria = new ArrayList<>();
        int min = scheme.path("scale").path("min").asInt();
        int max = scheme.path("scale").path("max").asInt();
        for (JsonNode c : scheme.path("criteria")) {
            String code = c.path("code").asText();
            JsonNode score = saved.get(code);
            Map<String, Object> view = new LinkedHashMap<>(Views.map(c));
            List<Map<String, Object>> anchors = new ArrayList<>();
            String chosen = value(entered, "score." + code, score, "score");
            for (int point = min; point <= max; point++) {
                anchors.add(Map.of("value", point, "label", scheme.path("scale").path("anchors").path(Integer.toString(point)).asText(""),
                        "checked", Integer.toString(point).equals(chosen)));
            }
            view.put("anchors", anchors);
            view.put("justification", value(entered, "justification." + code, score, "justification"));
            view.put("confidence", value(entered, "confidence." + code, score, "confidence"));
            view.put("overrideReason", value(entered, "override." + code, score, "overrideReason"));
            view.put("suggestedScore", score == null || score.path("suggestedScore").isNull() ? null : score.path("suggestedScore").asInt());
            view.put("errors", errors.getOrDefault(code, List.of()));
            criteria.add(view);
        }
        return criteria;
    }

    private static String value(MultivaluedMap<String, String> entered, String field, JsonNode saved, String property) {
        if (entered.containsKey(field)) {
            return entered.getFirst(field);
        }
        return saved == null || saved.path(property).isNull() || saved.path(property).isMissingNode() ? "" : saved.path(property).asText();
    }

    /** The scores as the scoring-service takes them, criterion by criterion in the scheme's order. */
    private static JsonNode scores(List<String> order, MultivaluedMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode scores = body.putArray("scores");
        for (String code : order) {
            ObjectNode score = scores.addObject().put("criterion", code);
            String value = form.getFirst("score." + code);
            if (value != null && value.matches("-?\\d{1,3}")) {
                score.put("score", Integer.parseInt(value));
            }
            putText(score, "justification", form.getFirst("justification." + code));
            putText(score, "confidence", form.getFirst("confidence." + code));
            putText(score, "overrideReason", form.getFirst("override." + code));
        }
        return body;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.trim());
        }
    }

    /** The service's violations ({@code scores[2].justification: ...}) placed beside the criterion they concern. */
    private static Map<String, List<String>> errorsByCriterion(List<String> order, ServiceProblem problem) {
        Map<String, List<String>> errors = new HashMap<>();
        for (String message : problem.messages()) {
            Matcher m = FIELD.matcher(message);
            if (m.matches() && Integer.parseInt(m.group(1)) < order.size()) {
                String field = m.group(2).isEmpty() ? "score" : m.group(2);
                errors.computeIfAbsent(order.get(Integer.parseInt(m.group(1))), k -> new ArrayList<>())
                        .add(field + " " + m.group(3));
            }
        }
        return errors;
    }

    private JsonNode myAssignment(String bidId) {
        return Views.items(scoring.assignments(null, bidId, 10)).stream().findFirst()
                .orElseThrow(() -> new WebApplicationException(404));
    }

    private JsonNode myAssessment(String bidId) {
        String me = identity.getPrincipal().getName();
        return Views.items(scoring.assessments(bidId, 50)).stream()
                .filter(a -> me.equals(a.path("assessor").asText())).findFirst().orElse(null);
    }

    private JsonNode scheme(String roundId) {
        return Views.items(scoring.schemes(roundId)).stream().findFirst().orElseThrow(() -> new WebApplicationException(404));
    }
}
